"""The desktop's language: Spanish source strings translated through Qt (English is the second
catalogue, ``resources/i18n/conciliador_en.ts`` compiled to ``.qm`` by ``make translations``).

Every visible string is written ``tr("…")`` with this module's ``tr``: lupdate collects it
(context-free), and at run time Qt looks it up in the installed catalogue. Qt's own strings
(«Aceptar», «Cancelar», the calendar pop-up) come from Qt's ``qtbase_<lang>.qm``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from conciliador.criteria.files import resources_dir

SOURCE_LANGUAGE = "es"
LANGUAGES: dict[str, str] = {"es": "Español", "en": "English"}

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []
_language = SOURCE_LANGUAGE


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate a Spanish source string; ``n`` selects a plural form (``%n`` in the text)."""
    return QCoreApplication.translate("", text, disambiguation, n)


def qt_reported_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def qt_catalogue_dirs() -> list[Path]:
    """Where Qt's own catalogues may be: where Qt says (an installed Qt, a bundle's qt.conf),
    then PySide6's own folder (``PySide6/Qt/translations``), which a bundle or a virtualenv
    may have while Qt's reported path points elsewhere — file dialogs would then say
    «Look in:» in a Spanish desktop."""
    import PySide6

    reported = qt_reported_dir()
    package = Path(PySide6.__file__).resolve().parent
    folders = [reported, package / "Qt" / "translations", package / "translations"]
    return [f for i, f in enumerate(folders) if f not in folders[:i]]


def catalogue(language: str) -> Path:
    return resources_dir() / "i18n" / f"conciliador_{language}.qm"


def current_language() -> str:
    return _language


def install_language(language: str) -> str:
    """Install the catalogues of ``language`` (unknown languages fall back to Spanish);
    returns the language in force. Safe to call again to switch."""
    global _language
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language necesita una QApplication")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language if language in LANGUAGES else SOURCE_LANGUAGE
    qt_base = QTranslator(app)
    if any(qt_base.load(f"qtbase_{language}", str(folder)) for folder in qt_catalogue_dirs()):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    elif language != "en":
        log.warning("sin las traducciones de Qt (qtbase_%s.qm): diálogos en inglés", language)
    if language != SOURCE_LANGUAGE:
        own = QTranslator(app)
        if own.load(str(catalogue(language))):
            app.installTranslator(own)
            _installed.append(own)
        else:
            language = SOURCE_LANGUAGE
    _language = language
    QLocale.setDefault(
        QLocale(QLocale.Language.Spanish if language == "es" else QLocale.Language.English)
    )
    return language


def use_office_numbers(office_locale: str) -> None:
    """Numbers typed and shown by Qt's own fields (a percentage's spin box) in the office's
    locale, like the amounts Babel writes: es_NI «35.00 %» beside «15,000.00», not Spain's
    «35,00 %». English keeps English numbers."""
    if _language == SOURCE_LANGUAGE:
        QLocale.setDefault(QLocale(office_locale))


def display_locale(office_locale: str) -> str:
    """The Babel locale for dates and money: the office's own in Spanish (es_NI writes
    «C$1,500.00»), plain English otherwise."""
    return office_locale if _language == SOURCE_LANGUAGE else "en"


def count(n: int, one: str, many: str, **values: object) -> str:
    """``one`` or ``many`` (both already translated, with ``{n}``) as ``n`` asks."""
    return (one if n == 1 else many).format(n=n, **values)
