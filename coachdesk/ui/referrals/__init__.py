"""The referrals area: the list and the referral form."""
