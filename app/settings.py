"""The one typed settings object. Every value can be set by an `ONRECORD_*` environment variable."""

from functools import lru_cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

from app.paths import TAXONOMY_FILE, bundled


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ONRECORD_", env_file=".env", extra="ignore")

    database_url: str = "sqlite:///onrecord.db"
    """SQLAlchemy URL. SQLite by default (a file in the working directory); PostgreSQL with
    `postgresql+psycopg://user:pass@host/db`."""

    seeds_dir: Path | None = None
    """Articles ingested when the app starts on an empty database (default: the bundled `seeds/`)."""

    taxonomy_path: Path = TAXONOMY_FILE
    """The topic taxonomy (TOML): topic keys, labels and keywords. Copy it, edit it, point here."""

    site_url: str = "http://127.0.0.1:8000"
    """Public base URL, used for absolute links in share cards, feeds and embeds."""

    site_name: str = "On Record"
    page_size: int = 25
    seed_on_start: bool = True

    @property
    def seeds_path(self) -> Path:
        return self.seeds_dir if self.seeds_dir is not None else bundled("seeds")


@lru_cache
def get_settings() -> Settings:
    return Settings()
