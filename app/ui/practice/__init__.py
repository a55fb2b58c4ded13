"""Practice widgets: the picker, the setup panel and the reusable PracticePlayer.

The player is the piece the kiosk reuses. Its API (see app/ui/practice/player.py):

    from app.ui.practice.player import PracticePlayer
    player = PracticePlayer(services, definition, options, sink, parent, source="kiosk")
    player.finished.connect(...)   # finished(SessionSummary), after the sink has the end
    player.closed.connect(...)     # the user left the summary ("Done")
    player.start()
    ...
    player.shutdown()              # stop and record cleanly (idle reset, app exit)

- services: any object with `clock` (app.core.clock.Clock) and `settings`
  (`.practice.ask_mood`, `.practice.keep_screen_awake`); `sound` (the sound contract) and
  `notify(Notice)` are used when present.
- definition: app.core.practices.PracticeDefinition (services.practices.get(id)).
- options: app.core.plan.PracticeOptions or a dict of its fields (minutes, preparation_s,
  bell, interval_mode, ambient, run_by, breaths, reduced_motion, voice, ...).
- sink: an app.core.records.SessionSink (NullSink for anonymous kiosk use). With
  source="kiosk" the player never asks the mood questions.
"""
