"""The desktop Practice page and its widgets: the picker, the setup panel, the player (the
desktop face of a PracticeRun) and the one Qt adapter both players use (driver.py).

    run = PracticeRun.for_client(build_plan(definition, options), services.clock,
                                 services.log, services.notify, ask_mood=..., mood_before=...)
    player = PracticePlayer(run, services.sound, services.settings.practice,
                            options.reduced_motion)
    player.finished.connect(...)   # finished(SessionSummary), once the log has the end
    player.closed.connect(...)     # the user left the summary ("Done")
    player.start()
    ...
    player.shutdown()              # stop and record cleanly (page left, app exit)

The kiosk renders its visitors' runs with its own player (app/ui/kiosk/player.py) on the
same adapter, app/ui/practice/driver.py: the one module of this folder it may import.
"""
