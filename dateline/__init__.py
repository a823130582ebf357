"""dateline: a static-site generator for documentary sites about what public figures said."""

__version__ = "0.1.0"
