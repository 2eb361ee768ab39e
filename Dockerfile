# On Record in one container: SQLite in a volume by default, or PostgreSQL through ONRECORD_DATABASE_URL.
#   docker build -t onrecord .
#   docker run -p 8000:8000 -v onrecord-data:/data onrecord
#   docker run -p 8000:8000 -e ONRECORD_DATABASE_URL=postgresql+psycopg://user:pass@db/onrecord onrecord
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# DejaVu fonts draw the share cards.
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home --uid 10001 onrecord \
 && mkdir /data && chown onrecord:onrecord /data

WORKDIR /src
COPY pyproject.toml README.md ./
COPY app ./app
COPY templates ./templates
COPY static ./static
COPY migrations ./migrations
COPY seeds ./seeds
RUN pip install . && rm -rf /src

USER onrecord
WORKDIR /data
ENV ONRECORD_DATABASE_URL=sqlite:////data/onrecord.db
VOLUME ["/data"]
EXPOSE 8000

# The app applies pending migrations on start and ingests the bundled seeds into an empty database.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"

CMD ["onrecord", "serve", "--host", "0.0.0.0", "--port", "8000"]
