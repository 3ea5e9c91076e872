"""Activités: collective activities, their sessions and attendance, trainings."""
