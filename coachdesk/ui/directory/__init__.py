"""The referral directory area: the professionals a coach refers to."""
