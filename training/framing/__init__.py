"""Training of the framing model (needs torch and ../shared/data; never imported at run time)."""
