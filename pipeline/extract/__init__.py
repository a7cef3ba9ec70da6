"""Rule extraction stages: each module fills one part of the notice record."""
