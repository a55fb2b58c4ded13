"""Kiosk policy, free of Qt: the staff PIN and its back-off (pin.py, config.py), idle timing
(idle.py), the corner gesture (gesture.py), the crash-loop guard (crashguard.py), anonymous
counts (counts.py), the admin exit log (adminlog.py) and `rewire kiosk` (cli.py).
The kiosk window that uses them is app/ui/kiosk/."""
