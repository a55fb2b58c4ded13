"""Back to the counselor (issue 15): appointments, check-ins, the session summary and the
personal support plan. Never built in kiosk mode."""
