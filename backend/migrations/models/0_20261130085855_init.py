from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE = {'sqlite': '\n        CREATE TABLE IF NOT EXISTS "role" (\n    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n    "name" VARCHAR(64) NOT NULL UNIQUE,\n    "description" VARCHAR(255) NOT NULL,\n    "permissions" JSON NOT NULL,\n    "data_scope" VARCHAR(16) NOT NULL,\n    "builtin" INT NOT NULL,\n    "created_at" TIMESTAMP NOT NULL,\n    "updated_at" TIMESTAMP NOT NULL\n) /* A named bundle of permissions with a data scope (own \\/ team \\/ subtree \\/ all). */;\nCREATE TABLE IF NOT EXISTS "user" (\n    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n    "username" VARCHAR(64) NOT NULL,\n    "username_key" VARCHAR(64) NOT NULL UNIQUE,\n    "email" VARCHAR(254) NOT NULL UNIQUE,\n    "display_name" VARCHAR(128) NOT NULL,\n    "language" VARCHAR(8) NOT NULL,\n    "is_active" INT NOT NULL,\n    "password_hash" VARCHAR(255),\n    "password_changed_at" TIMESTAMP,\n    "must_change_password" INT NOT NULL,\n    "failed_attempts" INT NOT NULL,\n    "lockout_count" INT NOT NULL,\n    "locked_until" TIMESTAMP,\n    "last_login_at" TIMESTAMP,\n    "last_login_ip" VARCHAR(64),\n    "created_at" TIMESTAMP NOT NULL,\n    "updated_at" TIMESTAMP NOT NULL\n) /* A person who signs in. ``username_key`` is the case-folded username, unique. */;\nCREATE TABLE IF NOT EXISTS "one_time_token" (\n    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n    "purpose" VARCHAR(16) NOT NULL,\n    "token_hash" VARCHAR(64) NOT NULL UNIQUE,\n    "code_hash" VARCHAR(64),\n    "attempts" INT NOT NULL,\n    "expires_at" TIMESTAMP NOT NULL,\n    "used_at" TIMESTAMP,\n    "created_at" TIMESTAMP NOT NULL,\n    "user_id" INT REFERENCES "user" ("id") ON DELETE CASCADE\n) /* Setup, invitation, password-reset links and emailed codes: stored hashed, single use. */;\nCREATE TABLE IF NOT EXISTS "password_history" (\n    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n    "password_hash" VARCHAR(255) NOT NULL,\n    "created_at" TIMESTAMP NOT NULL,\n    "user_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE\n);\nCREATE TABLE IF NOT EXISTS "session" (\n    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n    "key_hash" VARCHAR(64) NOT NULL UNIQUE,\n    "state" VARCHAR(16) NOT NULL,\n    "created_at" TIMESTAMP NOT NULL,\n    "last_seen_at" TIMESTAMP NOT NULL,\n    "expires_at" TIMESTAMP NOT NULL,\n    "reauth_at" TIMESTAMP,\n    "ip" VARCHAR(64) NOT NULL,\n    "user_agent" VARCHAR(255) NOT NULL,\n    "revoked_at" TIMESTAMP,\n    "user_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE\n) /* A signed-in browser. Only the SHA-256 of the random session id is stored. */;\nCREATE TABLE IF NOT EXISTS "audit_event" (\n    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n    "at" TIMESTAMP NOT NULL,\n    "actor_id" INT,\n    "actor_label" VARCHAR(128) NOT NULL,\n    "token_id" INT,\n    "ip" VARCHAR(64) NOT NULL,\n    "user_agent" VARCHAR(255) NOT NULL,\n    "request_id" VARCHAR(64) NOT NULL,\n    "action" VARCHAR(64) NOT NULL,\n    "target_type" VARCHAR(32) NOT NULL,\n    "target_id" VARCHAR(64) NOT NULL,\n    "outcome" VARCHAR(16) NOT NULL,\n    "reason" VARCHAR(64) NOT NULL,\n    "changes" JSON NOT NULL\n) /* One security-relevant act: who, from where, what, on what, with which outcome. */;\nCREATE INDEX IF NOT EXISTS "idx_audit_event_at_500752" ON "audit_event" ("at");\nCREATE INDEX IF NOT EXISTS "idx_audit_event_actor_i_770e12" ON "audit_event" ("actor_id");\nCREATE INDEX IF NOT EXISTS "idx_audit_event_action_3fd1cc" ON "audit_event" ("action");\nCREATE TABLE IF NOT EXISTS "rate_counter" (\n    "key" VARCHAR(160) NOT NULL PRIMARY KEY,\n    "window_start" TIMESTAMP NOT NULL,\n    "count" INT NOT NULL\n) /* A fixed-window counter in the database, so every server process sees the same count. */;\nCREATE TABLE IF NOT EXISTS "setting" (\n    "key" VARCHAR(64) NOT NULL PRIMARY KEY,\n    "value" JSON NOT NULL,\n    "updated_at" TIMESTAMP NOT NULL\n) /* A policy or option edited by admins, stored as JSON under a key. */;\nCREATE TABLE IF NOT EXISTS "outbox_mail" (\n    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n    "created_at" TIMESTAMP NOT NULL,\n    "to_addr" VARCHAR(254) NOT NULL,\n    "subject" VARCHAR(255) NOT NULL,\n    "text_body" TEXT NOT NULL,\n    "html_body" TEXT NOT NULL,\n    "status" VARCHAR(16) NOT NULL,\n    "sent_at" TIMESTAMP\n);\nCREATE TABLE IF NOT EXISTS "aerich" (\n    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n    "version" VARCHAR(255) NOT NULL,\n    "app" VARCHAR(100) NOT NULL,\n    "content" JSON NOT NULL\n);\nCREATE TABLE IF NOT EXISTS "user_role" (\n    "user_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,\n    "role_id" INT NOT NULL REFERENCES "role" ("id") ON DELETE CASCADE\n);\nCREATE UNIQUE INDEX IF NOT EXISTS "uidx_user_role_user_id_d0bad3" ON "user_role" ("user_id", "role_id");', 'postgres': '\n        CREATE TABLE IF NOT EXISTS "role" (\n    "id" SERIAL NOT NULL PRIMARY KEY,\n    "name" VARCHAR(64) NOT NULL UNIQUE,\n    "description" VARCHAR(255) NOT NULL,\n    "permissions" JSONB NOT NULL,\n    "data_scope" VARCHAR(16) NOT NULL,\n    "builtin" BOOL NOT NULL,\n    "created_at" TIMESTAMPTZ NOT NULL,\n    "updated_at" TIMESTAMPTZ NOT NULL\n);\nCOMMENT ON TABLE "role" IS \'A named bundle of permissions with a data scope (own / team / subtree / all).\';\nCREATE TABLE IF NOT EXISTS "user" (\n    "id" SERIAL NOT NULL PRIMARY KEY,\n    "username" VARCHAR(64) NOT NULL,\n    "username_key" VARCHAR(64) NOT NULL UNIQUE,\n    "email" VARCHAR(254) NOT NULL UNIQUE,\n    "display_name" VARCHAR(128) NOT NULL,\n    "language" VARCHAR(8) NOT NULL,\n    "is_active" BOOL NOT NULL,\n    "password_hash" VARCHAR(255),\n    "password_changed_at" TIMESTAMPTZ,\n    "must_change_password" BOOL NOT NULL,\n    "failed_attempts" INT NOT NULL,\n    "lockout_count" INT NOT NULL,\n    "locked_until" TIMESTAMPTZ,\n    "last_login_at" TIMESTAMPTZ,\n    "last_login_ip" VARCHAR(64),\n    "created_at" TIMESTAMPTZ NOT NULL,\n    "updated_at" TIMESTAMPTZ NOT NULL\n);\nCOMMENT ON TABLE "user" IS \'A person who signs in. ``username_key`` is the case-folded username, unique.\';\nCREATE TABLE IF NOT EXISTS "one_time_token" (\n    "id" SERIAL NOT NULL PRIMARY KEY,\n    "purpose" VARCHAR(16) NOT NULL,\n    "token_hash" VARCHAR(64) NOT NULL UNIQUE,\n    "code_hash" VARCHAR(64),\n    "attempts" INT NOT NULL,\n    "expires_at" TIMESTAMPTZ NOT NULL,\n    "used_at" TIMESTAMPTZ,\n    "created_at" TIMESTAMPTZ NOT NULL,\n    "user_id" INT REFERENCES "user" ("id") ON DELETE CASCADE\n);\nCOMMENT ON TABLE "one_time_token" IS \'Setup, invitation, password-reset links and emailed codes: stored hashed, single use.\';\nCREATE TABLE IF NOT EXISTS "password_history" (\n    "id" SERIAL NOT NULL PRIMARY KEY,\n    "password_hash" VARCHAR(255) NOT NULL,\n    "created_at" TIMESTAMPTZ NOT NULL,\n    "user_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE\n);\nCREATE TABLE IF NOT EXISTS "session" (\n    "id" SERIAL NOT NULL PRIMARY KEY,\n    "key_hash" VARCHAR(64) NOT NULL UNIQUE,\n    "state" VARCHAR(16) NOT NULL,\n    "created_at" TIMESTAMPTZ NOT NULL,\n    "last_seen_at" TIMESTAMPTZ NOT NULL,\n    "expires_at" TIMESTAMPTZ NOT NULL,\n    "reauth_at" TIMESTAMPTZ,\n    "ip" VARCHAR(64) NOT NULL,\n    "user_agent" VARCHAR(255) NOT NULL,\n    "revoked_at" TIMESTAMPTZ,\n    "user_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE\n);\nCOMMENT ON TABLE "session" IS \'A signed-in browser. Only the SHA-256 of the random session id is stored.\';\nCREATE TABLE IF NOT EXISTS "audit_event" (\n    "id" BIGSERIAL NOT NULL PRIMARY KEY,\n    "at" TIMESTAMPTZ NOT NULL,\n    "actor_id" INT,\n    "actor_label" VARCHAR(128) NOT NULL,\n    "token_id" INT,\n    "ip" VARCHAR(64) NOT NULL,\n    "user_agent" VARCHAR(255) NOT NULL,\n    "request_id" VARCHAR(64) NOT NULL,\n    "action" VARCHAR(64) NOT NULL,\n    "target_type" VARCHAR(32) NOT NULL,\n    "target_id" VARCHAR(64) NOT NULL,\n    "outcome" VARCHAR(16) NOT NULL,\n    "reason" VARCHAR(64) NOT NULL,\n    "changes" JSONB NOT NULL\n);\nCREATE INDEX IF NOT EXISTS "idx_audit_event_at_500752" ON "audit_event" ("at");\nCREATE INDEX IF NOT EXISTS "idx_audit_event_actor_i_770e12" ON "audit_event" ("actor_id");\nCREATE INDEX IF NOT EXISTS "idx_audit_event_action_3fd1cc" ON "audit_event" ("action");\nCOMMENT ON TABLE "audit_event" IS \'One security-relevant act: who, from where, what, on what, with which outcome.\';\nCREATE TABLE IF NOT EXISTS "rate_counter" (\n    "key" VARCHAR(160) NOT NULL PRIMARY KEY,\n    "window_start" TIMESTAMPTZ NOT NULL,\n    "count" INT NOT NULL\n);\nCOMMENT ON TABLE "rate_counter" IS \'A fixed-window counter in the database, so every server process sees the same count.\';\nCREATE TABLE IF NOT EXISTS "setting" (\n    "key" VARCHAR(64) NOT NULL PRIMARY KEY,\n    "value" JSONB NOT NULL,\n    "updated_at" TIMESTAMPTZ NOT NULL\n);\nCOMMENT ON TABLE "setting" IS \'A policy or option edited by admins, stored as JSON under a key.\';\nCREATE TABLE IF NOT EXISTS "outbox_mail" (\n    "id" SERIAL NOT NULL PRIMARY KEY,\n    "created_at" TIMESTAMPTZ NOT NULL,\n    "to_addr" VARCHAR(254) NOT NULL,\n    "subject" VARCHAR(255) NOT NULL,\n    "text_body" TEXT NOT NULL,\n    "html_body" TEXT NOT NULL,\n    "status" VARCHAR(16) NOT NULL,\n    "sent_at" TIMESTAMPTZ\n);\nCREATE TABLE IF NOT EXISTS "aerich" (\n    "id" SERIAL NOT NULL PRIMARY KEY,\n    "version" VARCHAR(255) NOT NULL,\n    "app" VARCHAR(100) NOT NULL,\n    "content" JSONB NOT NULL\n);\nCREATE TABLE IF NOT EXISTS "user_role" (\n    "user_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,\n    "role_id" INT NOT NULL REFERENCES "role" ("id") ON DELETE CASCADE\n);\nCREATE UNIQUE INDEX IF NOT EXISTS "uidx_user_role_user_id_d0bad3" ON "user_role" ("user_id", "role_id");'}

DOWNGRADE = {'sqlite': '\n        ', 'postgres': '\n        '}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE[db.schema_generator.DIALECT]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE[db.schema_generator.DIALECT]


MODELS_STATE = (
    "eJztXW1v47gR/iuEP+0CTpo4r10UBZxc9ja9TXxIvO3hikJLS7TNRiZ9IhXHuOa/l6Qk61"
    "22HFuRtPyS2CSHEp8hhzPDGfrPzoxayGaHA4KGeIaG9AmRzifwZ4fAGRIfMuu7oAPn87BW"
    "FnA4shUBJcjgoqnBV21HjDvQ5KJ2DG2GRJGFmOngOcdUPq3ziLg77wJMnjGHsrAL5pCxBX"
    "WsAwcxxIGNyRMDkFgAzSC2kQVM8Wj2CTBOHfFtCtkUWV3AMJnYCLgMHcpHW9QUzxZle32K"
    "S/AfrhzwBPEpcsSz/v0fUYyJhV4QC77On4wxRrYVgxdbsgNVbvDlXJXdEv5ZNZQDGBkmtd"
    "0ZCRvPl3xKyao1JlyWThBBDuRIds8dV4JMXNv2uRLg7r1p2MR7xQiNhcbQtSWrJLX3AmFZ"
    "xzDuB0Pj8WZoGJ0UGwOKCOZ+kUmJnALiVZka/US+wkHv+PTi9PLk/PRSNFGvuSq5ePUeHQ"
    "LjESp47oedV1UPOfRaKIxDUOeuM6cMpZG9nkInG9oISQJf8eJJfAM0iwAOCkKEw7lfBcQz"
    "+GLYiEz4VHw9Pi/A85/9h+sv/YcPx+cf5QOpWKreSr73a3qqSkIeQqwWtyHXQxmU41S7Af"
    "p9Z3IM5vPTDWA+P82FWVbFYZbipzTKMaKtQPYhrOdk3j3KkHM0m3NWQhRHSdYL5F0JjKNa"
    "C+QQUPQyx2JHNSBPQ/qTwETqB9m4xikTyFo+6WHwoYGCuQDH4e3dzeOwf/er7H7G2B+2wq"
    "s/vJE1PVW6TJR+SArtVSfgX7fDL0B+Bb8P7m8UnJTxiaOeGLYb/t6R7wRdTg1CFwa0opgE"
    "xUFRjM1C/7G24HGEbAcMrpmsahN/TQdJ3LdgcZyyhcu4IwZoDYi99GdgQ9juL5Z1q9oxSt"
    "klEYqt9sKaLeFd7IbS4Bs/ZVonEq00uJ+FgYkn5Be0VBjfijeCxMwySHyL/JvfTbOwfQ3m"
    "TlAavqIDFysDOTqlxNDFgBH3tN7+43X/p5uOAngEzacFdCwjhrSsoT2aKFm1TVfNerNkCS"
    "RwosCRo5Dv7IP+q+8v+IKlR2DZyfCUJJt0i5wlgf/BmEZar3OX5IOtHRE1c0Ss2FvShEsR"
    "ttAp0Ts728CQE61yLTlV96pVFq2yVK6y1I65bdJZ6gZuw5WWB6pQTWkqqrxQPXGCFmtPcP"
    "pAdm6BkUssGwE6BnPkzDBjop6BBeZTAIHcJwEz6RyBD3RBwF8AR3Am/jF3xB2ExCdo2x/T"
    "Jzc7710rSvVSlNT/EvpR0F4fIax1bkdfqwTCCbLq9M9Op7naZ0QqpbH+x+PgPkfbj5MldU"
    "9scvA/YAsLcW+Y/23sElMCKkQstjkm7FA+7+/74kUB9BKmmNoZIP7hrv9bkhnXXwdXSX1S"
    "dnCVXARS8Ki9odQaiFFVuATE9lXNKtj9wbA/f9IwX1GhTECSjXSEKgHzSJDtC+dVSbUz/G"
    "ow+Bqb4Ve3wwTA3+6ubgTwCnfRCHt6ZPqgTZu7+RO9xebu3NqS63FKzfW6cD3jOE69fcok"
    "35sFGbf1M9SXO0iWQyr/7tnYf1dtvMDUV8MyEjZ0MEgH2WphBdXScvZApI7C/wktA3B9F8"
    "GKNX6VJPGr+NSh7mS6Igjs8Eyvgig3krbka6FD4BEpZbOT4RMIqrpFbgEWabSBZ4DhCUHW"
    "ARbKpUMXYjyHQK5QICxv8Pilf9A7O5cmvfzqQGLRGfAfALAFMPODL7O8AjvsWXsE6uUREI"
    "ui9KlJlEZ7BtZ6BoQA56XsoRVBhabQWHTQVFtIa+dt09M20c5tyLjBECJb8D1J20LON4TT"
    "GwXI6TjXH4LNQla5fLoFl2OEOta1zjzG8zKakNe6dYciu9cxlfkqrFCSsXby4Y1TtQ7mvZ"
    "w9OeiZPm2lbMYptZiqs5jSkU460klHOuU5NhXqGV7NgBv5Ls2A7Zv4M+fIYZSAxZQqByQD"
    "mByC799lF/K50p/7/bt0L0q/owkZOhhT20IWCFp0gcfvLJfmbjvXXs16eTUDJpVVhnYb7/"
    "TeErwCnTNYK9sAHdBpF/JaqNU1GWUwXhG0Dtze2SboilYFSn06eA+zuQ2XRlmZkaRrnQl1"
    "3LvcxFvfu8x318u6ONo2JBNXaBZlkI7SVIgyIgffHquBehOg82FOgYyZIfQr/JyBcmGIWI"
    "yuwiCxQKI0NkbsnZPQauYMqCIKOMDNnArhsJVLJqcL7Zups29m5jLuM8wIGFhSyOV1oYNi"
    "Swi8sbq6zdjiVp8MSn25TxJem5pP1BXTlLpZXv1ccFN0GtosaMX8E/hkWVVrQgcStHqvqP"
    "NeoQI9bDrBW0eJRIk1rxvC63KnzCnC9inge7gyUQfd/YBBdzolpm1c30FKTDg94pdSZ5gE"
    "V34Hn395kJkc2VnPOXdhN0v+5h3x5viMwnuptgcs40qshq2hjUDzc0veOLsiGThtAWlnqW"
    "lhVtXbUtOCm08addxUNjUtGGQyNS3M74unpkXyz5KpaZFwjzelpnn7dmEIR9+1ML95Rmp4"
    "qUCOSG23KJwDynYGWjVcG9UhZDpgyHQdzJcHAjH0DAkHguSTDMXogrFDZ+ITcgTtYgp5F6"
    "ggDflBXT+zmGJzCqjLTTrLiOvYffc7juy4wpMfJbjjr73eyclF7+jk/PLs9OLi7PJo5bZJ"
    "VxX5b65uf5YunJjysz4EpLyGWqVmWik/mqmYbmKOiJVNS8ZpRkn2dItu8yKpkoiKsaJS8S"
    "YJMh0HsUkchPczHaVmb5RE3wGdnr46vaSj00uanV4ixsl4plTIRzpO1Tqk9/BTNGbZi/pC"
    "in3B26aAVQ4dYTB5GJUAOUHWuol80tsA6JNeLtCyKhPocuIiRtQ6kHc/m32HQBmIIyQVAs"
    "xc00SMVaQT7/wiD2GosnJSOaTQ03j9ka0KeCt1ZWqEpB7XpcrHNvq61Oqumiv0/z4IXl3L"
    "CLHsTL5odbfw6nLR0As12zyxb4wFxw8WgvV0AXxagIlKtZP+vBGUdIwC9IycJRBWhPgP5g"
    "6Vsk18RV5WHhOv7JFnJfjt5yFvcAeXzJJqa3LU8fnRRtvGUcG+cfRxjfPXY7vBhKJT2g2c"
    "pG1hqEJDPMAbRX2VDY/VYbHFKfrvsx09Is69oWZclelVFW5DLNJok9RyamNzCagDqCoFyM"
    "Jc/vDFEkBrJvSMbvBT5JABuXMDV/DXARAIsZyZTv7mDvXOUheFOX9beYa2m2EF5qvPKwKt"
    "PO9EedahiJuti2ae+O4gFHGfe9TA5SP6cicT6zO2qUht4U5FVTsjyM/Xv0LZsLPG/N1BR8"
    "S3TSBtEoIiqkTjjLusCtzvIUkLL5rZywUdzB39F5mlTp8jJK1EeQ+Hzxy9cGNErQxzYiiq"
    "cmZzlKgVSBdJp5vfhsWa7Eo4fR3c/xw0T6q3cdinfGaXhj1GpGHfAnZ5zb6bcRpSfDG/m3"
    "UYss/TJk9hbOqRHkOEb6ERRch00m19zLEwsaAG9lgfOdicdrLSF7yabmHqQthGm2CV6TB7"
    "NsGekcNKxnVFSFqxi1agJspFVQJhv3kL0T0+2ugs86jgLPPoKBWlQQnPDLQtiNIISap3NL"
    "/PRtmOeIzX/wPfxrGg"
)
