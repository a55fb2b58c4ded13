"""Where Rewire keeps its files. Nothing is ever written anywhere else.

- data:   the practice log, its backups, imported audio, reading progress
- config: settings.json and state.json (window geometry and other non-preferences)
- cache:  rendered audio (safe to delete)
- logs:   the rotating log file
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app import APP_ID, APP_NAME


@dataclass(frozen=True)
class DataPaths:
    data: Path
    config: Path
    cache: Path
    logs: Path
    portable: bool = False

    @classmethod
    def portable_in(cls, root: Path) -> DataPaths:
        """Everything under one folder (`--data-dir`): portable installs and tests."""
        root = Path(root).expanduser().resolve()
        return cls(
            data=root / "data",
            config=root / "config",
            cache=root / "cache",
            logs=root / "logs",
            portable=True,
        )

    @classmethod
    def for_user(cls) -> DataPaths:
        """The platform's usual folders (XDG on Linux, AppData on Windows, Library on macOS)."""
        import platformdirs

        dirs = platformdirs.PlatformDirs(appname=APP_ID, appauthor=APP_NAME, roaming=False)
        return cls(
            data=Path(dirs.user_data_dir),
            config=Path(dirs.user_config_dir),
            cache=Path(dirs.user_cache_dir),
            logs=Path(dirs.user_log_dir),
        )

    def ensure(self) -> None:
        for folder in (self.data, self.config, self.cache, self.logs):
            folder.mkdir(parents=True, exist_ok=True)

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    @property
    def state_file(self) -> Path:
        return self.config / "state.json"

    @property
    def lock_file(self) -> Path:
        return self.data / "rewire.lock"

    @property
    def log_file(self) -> Path:
        return self.logs / "rewire.log"
