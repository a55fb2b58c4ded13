"""The clinic waiting-room kiosk: a locked, full-screen shell around the visitor screens."""
