"""Thai government meeting notices → analyst-ready Parquet tables."""
import os

# The product never downloads anything at run time; pythainlp honours this.
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

__version__ = "0.1.0"
