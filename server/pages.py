"""Pages for people: the plan hierarchy (vi and en)."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
