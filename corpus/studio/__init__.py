"""Label Studio as the annotation front end: a private local server per data directory.

``corpus.studio.server`` runs the server (install, start, stop, status); the rest of the
package talks to it with the credentials that ``start`` writes.
"""

from .server import (
    LABEL_STUDIO_VERSION,
    Credentials,
    ServerError,
    ServerStatus,
    check_port,
    find_label_studio,
    install_label_studio,
    load_credentials,
    start,
    status,
    stop,
)

__all__ = [
    "LABEL_STUDIO_VERSION",
    "Credentials",
    "ServerError",
    "ServerStatus",
    "check_port",
    "find_label_studio",
    "install_label_studio",
    "load_credentials",
    "start",
    "status",
    "stop",
]
