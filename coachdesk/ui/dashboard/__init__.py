"""The dashboard area: today, the week ahead and what needs the coach."""
