"""`/api`: the JSON API's OpenAPI description as a plain page (Swagger UI would need outside scripts)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.web.templating import render

router = APIRouter(include_in_schema=False)


def _schema_name(schema: dict) -> str:
    """A short readable type for a parameter or response schema."""
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if "anyOf" in schema:
        return " or ".join(_schema_name(s) for s in schema["anyOf"])
    if schema.get("type") == "array":
        return f"list of {_schema_name(schema.get('items', {}))}"
    if "enum" in schema:
        return " | ".join(str(v) for v in schema["enum"])
    return schema.get("type", "any")


@router.get("/api")
def api_docs(request: Request) -> Response:
    schema = request.app.openapi()
    operations = []
    for path, methods in schema.get("paths", {}).items():
        for method, operation in methods.items():
            ok = operation.get("responses", {}).get("200", {}).get("content", {}).get("application/json", {})
            operations.append({
                "id": operation.get("operationId", f"{method}-{path}"),
                "method": method.upper(),
                "path": path,
                "summary": operation.get("summary", ""),
                "description": operation.get("description", ""),
                "parameters": [
                    {"name": p["name"], "where": p["in"], "required": p.get("required", False),
                     "type": _schema_name(p.get("schema", {})), "description": p.get("description", "")}
                    for p in operation.get("parameters", [])
                ],
                "returns": _schema_name(ok.get("schema", {})) if ok else "",
            })
    models = {
        name: [(field, _schema_name(spec), spec.get("description", ""))
               for field, spec in model.get("properties", {}).items()]
        for name, model in schema.get("components", {}).get("schemas", {}).items()
        if not name.startswith(("HTTPValidationError", "ValidationError"))
    }
    context = {"title": "JSON API", "operations": operations, "models": models, "version": schema["info"]["version"]}
    return render(request, "api.html", context)
