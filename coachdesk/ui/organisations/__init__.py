"""The organisations area: sponsors, their contacts and engagements."""
