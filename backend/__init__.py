"""Bastion CRM: a self-hosted CRM whose core promise is that only the right person sees and
changes customer data, and that every such act can be proven afterwards."""

__version__ = "0.1.0"
