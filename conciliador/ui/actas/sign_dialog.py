"""Recording how each person signed an issued acta: a signature pad for each signer, or a
fingerprint with a witness who signs at their request, a refusal, an absence. The service
checks the combination (the officer always signs; nobody refuses an agreement …) and names
the signer whose line is wrong."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from conciliador.domain.actas import SignatureMode, SignerRole
from conciliador.services.actas import SignatureInput
from conciliador.services.actas.desk import ActaPanel
from conciliador.services.actas.rendering import ExpectedSigner
from conciliador.services.fields import signature_field
from conciliador.ui.actas.signature_pad import SignaturePad
from conciliador.ui.feedback import FieldErrors
from conciliador.ui.i18n import tr
from conciliador.ui.icons import icon
from conciliador.ui.labels import label
from conciliador.ui.widgets.forms import error_label


def mode_text(mode: SignatureMode) -> str:
    return {
        SignatureMode.FIRMA: tr("Firma"),
        SignatureMode.HUELLA_TESTIGO: tr("Huella digital y testigo a ruego"),
        SignatureMode.SE_NEGO: tr("Se negó a firmar"),
        SignatureMode.AUSENTE: tr("No compareció"),
    }[mode]


class SignerBox(QGroupBox):
    """One signer: how they signed, the pad, or the witness; where the profile records every
    signer's fingerprint (``fingerprints``: Peru), whether they stamped it, or why not."""

    def __init__(
        self, signer: ExpectedSigner, errors: FieldErrors, *, fingerprints: bool = False
    ) -> None:
        super().__init__(f"{label(signer.role)}: {signer.name}")
        self.signer = signer
        officer = signer.role == SignerRole.CONCILIADOR
        modes = [SignatureMode.FIRMA]
        if not officer:
            modes += [SignatureMode.HUELLA_TESTIGO, SignatureMode.SE_NEGO]
        if signer.default == SignatureMode.AUSENTE:
            modes.append(SignatureMode.AUSENTE)
        self.modes: dict[SignatureMode, QRadioButton] = {}
        group = QButtonGroup(self)
        choices = QHBoxLayout()
        for mode in modes:
            button = QRadioButton(mode_text(mode))
            group.addButton(button)
            choices.addWidget(button)
            self.modes[mode] = button
        choices.addStretch(1)
        (
            self.modes.get(signer.default or SignatureMode.FIRMA) or self.modes[SignatureMode.FIRMA]
        ).setChecked(True)
        self.pad = SignaturePad()
        self.pad.setAccessibleName(tr("Firma de {name}").format(name=signer.name))
        self.clear_button = QPushButton(icon("clear"), tr("Borrar la firma"))
        self.clear_button.clicked.connect(self.pad.clear)
        self.pad_hint = QLabel(tr("Si firma en el papel, deje el recuadro vacío."))
        self.pad_hint.setStyleSheet("color: #566573;")
        pad_row = QHBoxLayout()
        pad_row.addWidget(self.pad, 1)
        pad_side = QVBoxLayout()
        pad_side.addWidget(self.clear_button)
        pad_side.addStretch(1)
        pad_row.addLayout(pad_side)
        self.witness_name = QLineEdit()
        self.witness_name.setPlaceholderText(tr("nombre completo del testigo"))
        self.witness_name.setAccessibleName(tr("Testigo a ruego: nombre"))
        self.witness_id = QLineEdit()
        self.witness_id.setPlaceholderText(tr("cédula del testigo"))
        self.witness_id.setAccessibleName(tr("Testigo a ruego: cédula"))
        self.witness = QWidget()
        witness_row = QHBoxLayout(self.witness)
        witness_row.setContentsMargins(0, 0, 0, 0)
        witness_row.addWidget(QLabel(tr("Testigo a ruego:")))
        witness_row.addWidget(self.witness_name, 2)
        witness_row.addWidget(self.witness_id, 1)
        self.fingerprints = fingerprints
        self.stamped = QRadioButton(tr("Imprimió su huella digital"))
        self.not_stamped = QRadioButton(tr("No la imprimió"))
        stamp_group = QButtonGroup(self)
        stamp_group.addButton(self.stamped)
        stamp_group.addButton(self.not_stamped)
        self.why_not = QLineEdit()
        self.why_not.setMaxLength(200)
        self.why_not.setPlaceholderText(tr("por qué no imprimió su huella"))
        self.why_not.setAccessibleName(tr("Motivo por el que no imprimió su huella digital"))
        self.stamp = QWidget()
        stamp_row = QHBoxLayout(self.stamp)
        stamp_row.setContentsMargins(0, 0, 0, 0)
        stamp_row.addWidget(QLabel(tr("Huella digital:")))
        stamp_row.addWidget(self.stamped)
        stamp_row.addWidget(self.not_stamped)
        stamp_row.addWidget(self.why_not, 1)
        self.problem = error_label()
        errors.bind_prefix(signature_field(signer.role), self.problem, self.modes[modes[0]])
        column = QVBoxLayout(self)
        if signer.id_text:
            document = QLabel(signer.id_text)
            document.setStyleSheet("color: #566573;")
            column.addWidget(document)
        column.addLayout(choices)
        column.addLayout(pad_row)
        column.addWidget(self.pad_hint)
        column.addWidget(self.witness)
        column.addWidget(self.stamp)
        column.addWidget(self.problem)
        self.modes[signer.default or SignatureMode.FIRMA].setChecked(True)
        for button in (*self.modes.values(), self.stamped, self.not_stamped):
            button.toggled.connect(lambda _on: self._update())
        self._update()

    def mode(self) -> SignatureMode:
        return next((m for m, b in self.modes.items() if b.isChecked()), SignatureMode.FIRMA)

    def _update(self) -> None:
        mode = self.mode()
        signing = mode == SignatureMode.FIRMA
        for widget in (self.pad, self.clear_button, self.pad_hint):
            widget.setVisible(signing)
        self.witness.setVisible(mode == SignatureMode.HUELLA_TESTIGO)
        # A fingerprint with a witness is one; a refusal or an absence has none to record.
        self.stamp.setVisible(self.fingerprints and signing)
        self.why_not.setEnabled(self.not_stamped.isChecked())

    def fingerprint(self) -> bool | None:
        """What the desk says of the fingerprint: None until one of the two is chosen (the
        service then asks for it), and nothing where it is not recorded."""
        if not (self.fingerprints and self.mode() == SignatureMode.FIRMA):
            return None
        if self.stamped.isChecked():
            return True
        return False if self.not_stamped.isChecked() else None

    def value(self) -> SignatureInput:
        mode = self.mode()
        witness = mode == SignatureMode.HUELLA_TESTIGO
        stamped = self.fingerprint()
        return SignatureInput(
            role=self.signer.role,
            mode=mode,
            image=self.pad.to_png() if mode == SignatureMode.FIRMA else None,
            witness_name=self.witness_name.text() if witness else "",
            witness_id_number=self.witness_id.text() if witness else "",
            fingerprint=stamped,
            no_fingerprint_reason=self.why_not.text() if stamped is False else "",
        )


class SignDialog(QDialog):
    """``submit(signatures, errors)`` records them (off the GUI thread); the dialog closes
    when the caller says it worked (``accept``)."""

    def __init__(
        self,
        panel: ActaPanel,
        submit: Callable[[list[SignatureInput], FieldErrors], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        acta = panel.acta
        self.setWindowTitle(
            tr("Registrar las firmas del acta n.º {number}").format(number=acta.number)
        )
        self.setMinimumSize(720, 600)
        self.submit = submit
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        intro = QLabel(
            tr(
                "Lea y explique el acta a las partes. Luego registre cómo firmó cada persona: "
                "al registrar las firmas se genera el PDF de archivo sellado y el acta ya no "
                "cambia."
            )
        )
        intro.setWordWrap(True)
        asks = bool(panel.fingerprint_source)
        if asks:
            intro.setText(
                intro.text()
                + " "
                + tr(
                    "La ley pide la huella digital de cada persona que firma ({source}): "
                    "indique si la imprimió o por qué no."
                ).format(source=panel.fingerprint_source.split(":")[0])
            )
        self.boxes = [SignerBox(signer, self.errors, fingerprints=asks) for signer in panel.signers]
        content = QWidget()
        column = QVBoxLayout(content)
        for box in self.boxes:
            column.addWidget(box)
        column.addStretch(1)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setWidget(content)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("Registrar las firmas y sellar"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroller, 1)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)

    def signatures(self) -> list[SignatureInput]:
        return [box.value() for box in self.boxes]

    def box(self, role: SignerRole) -> SignerBox:
        return next(b for b in self.boxes if b.signer.role == role)

    def save(self) -> None:
        self.errors.clear()
        self.submit(self.signatures(), self.errors)
