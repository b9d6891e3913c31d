"""SQLAlchemy 2 typed models. No Qt, no services."""

from conciliador.models.agreement import Agreement
from conciliador.models.audit import AuditEvent, Override
from conciliador.models.base import Base, Money, UTCDateTime
from conciliador.models.case import Case, Referral, case_children
from conciliador.models.counter import Counter
from conciliador.models.hearing import Citation, Hearing
from conciliador.models.office import ClosureDay, Office, Room
from conciliador.models.person import Child, Person
from conciliador.models.report_indexes import REPORT_INDEXES
from conciliador.models.user import User

__all__ = [
    "REPORT_INDEXES",
    "Agreement",
    "AuditEvent",
    "Base",
    "Case",
    "Child",
    "Citation",
    "ClosureDay",
    "Counter",
    "Hearing",
    "Money",
    "Office",
    "Override",
    "Person",
    "Referral",
    "Room",
    "UTCDateTime",
    "User",
    "case_children",
]

from conciliador.models.acta import Acta, ActaFile, ActaSignature, DocumentTemplate

__all__ += ["Acta", "ActaFile", "ActaSignature", "DocumentTemplate"]

from conciliador.models.acta_steps import ActaCourtReview, ActaLegalityCheck  # noqa: E402

__all__ += ["ActaCourtReview", "ActaLegalityCheck"]

from conciliador.models.followup import (  # noqa: E402
    AlertDismissal,
    FollowUpIncident,
    ObligationSchedule,
    ScheduledInstalment,
    SupportPayment,
)

__all__ += [
    "AlertDismissal",
    "FollowUpIncident",
    "ObligationSchedule",
    "ScheduledInstalment",
    "SupportPayment",
]

from conciliador.models.criteria import ProfileVersion, TemplateVersion  # noqa: E402

__all__ += ["ProfileVersion", "TemplateVersion"]

from conciliador.models.attachment import Attachment  # noqa: E402

__all__ += ["Attachment"]
