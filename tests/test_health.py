"""The container health check's endpoint."""

from fastapi.testclient import TestClient

from app.settings import Settings
from app.web.main import create_app


def test_healthz_answers_ok_once_the_database_is_ready(tmp_path):
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'h.db'}", seed_on_start=False)
    with TestClient(create_app(settings)) as client:
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_healthz_says_unavailable_when_the_database_cannot_be_opened(tmp_path):
    missing = tmp_path / "no-such-folder" / "h.db"
    app = create_app(Settings(database_url=f"sqlite:///{missing}", seed_on_start=False))
    response = TestClient(app).get("/healthz")  # outside `with`: no start-up, so nothing creates the file
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"
