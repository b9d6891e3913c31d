"""The command line (headless): each order calls the services, like the desktop does."""
