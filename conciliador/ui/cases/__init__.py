"""The cases area: the list, a case's file, the intake form and the referral."""
