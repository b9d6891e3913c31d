"""Acompañamiento: the obligations of signed agreements, what families report against them,
and the early alerts of the office."""
