"""Documents the practice prints and exports: data in, bytes out."""
