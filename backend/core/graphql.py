"""Server information, readable by anyone (the SPA shows the version on its sign-in page)."""

from __future__ import annotations

import strawberry

from backend.api.context import Info
from backend.api.permissions import Public


@strawberry.type(description="The running server.")
class ServerInfo:
    name: str = strawberry.field(description="Product name.")
    version: str = strawberry.field(description="Server version.")


@strawberry.type
class Query:
    @strawberry.field(description="The running server's name and version.",
                      permission_classes=[Public])
    def server_info(self, info: Info) -> ServerInfo:
        return ServerInfo(name="Bastion CRM", version=info.context.settings.version)
