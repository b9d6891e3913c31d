"""Booking and rescheduling hearings: proposed slots, conflicts in words, supervisor override."""
