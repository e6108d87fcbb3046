from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

# Edited by hand: SQLite cannot ALTER TABLE ... ADD CONSTRAINT, so its user.team_id column
# carries the reference inline.

UPGRADE = {'sqlite': '\n        CREATE TABLE IF NOT EXISTS "team" (\n    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n    "name" VARCHAR(128) NOT NULL,\n    "parent_id" INT,\n    "created_at" TIMESTAMP NOT NULL\n) /* A department; teams form a tree, and managers see their team\'s subtree. */;\nCREATE INDEX IF NOT EXISTS "idx_team_parent__b917d5" ON "team" ("parent_id");\n        CREATE TABLE IF NOT EXISTS "customer" (\n    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n    "kind" VARCHAR(16) NOT NULL,\n    "name" VARCHAR(200) NOT NULL,\n    "stage" VARCHAR(32) NOT NULL,\n    "level" VARCHAR(1) NOT NULL,\n    "industry" VARCHAR(64) NOT NULL,\n    "phone_enc" TEXT,\n    "phone_index" VARCHAR(64),\n    "email_enc" TEXT,\n    "email_index" VARCHAR(64),\n    "id_number_enc" TEXT,\n    "address_enc" TEXT,\n    "created_by_id" INT,\n    "created_at" TIMESTAMP NOT NULL,\n    "updated_at" TIMESTAMP NOT NULL,\n    "deleted_at" TIMESTAMP,\n    "owner_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,\n    "team_id" INT REFERENCES "team" ("id") ON DELETE SET NULL\n);\nCREATE INDEX IF NOT EXISTS "idx_customer_name_0aae8f" ON "customer" ("name");\nCREATE INDEX IF NOT EXISTS "idx_customer_phone_i_cf7c6a" ON "customer" ("phone_index");\nCREATE INDEX IF NOT EXISTS "idx_customer_email_i_a2e5ad" ON "customer" ("email_index");\n        CREATE TABLE IF NOT EXISTS "api_token" (\n    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n    "name" VARCHAR(64) NOT NULL,\n    "prefix" VARCHAR(16) NOT NULL,\n    "token_hash" VARCHAR(64) NOT NULL UNIQUE,\n    "scopes" JSON NOT NULL,\n    "allowed_ips" JSON NOT NULL,\n    "expires_at" TIMESTAMP NOT NULL,\n    "created_at" TIMESTAMP NOT NULL,\n    "last_used_at" TIMESTAMP,\n    "last_used_ip" VARCHAR(64),\n    "revoked_at" TIMESTAMP,\n    "user_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE\n);\n        ALTER TABLE "user" ADD "team_id" INT REFERENCES "team" ("id") ON DELETE SET NULL;', 'postgres': '\n        CREATE TABLE IF NOT EXISTS "team" (\n    "id" SERIAL NOT NULL PRIMARY KEY,\n    "name" VARCHAR(128) NOT NULL,\n    "parent_id" INT,\n    "created_at" TIMESTAMPTZ NOT NULL\n);\nCREATE INDEX IF NOT EXISTS "idx_team_parent__b917d5" ON "team" ("parent_id");\nCOMMENT ON TABLE "team" IS \'A department; teams form a tree, and managers see their team\'\'s subtree.\';\n        CREATE TABLE IF NOT EXISTS "customer" (\n    "id" SERIAL NOT NULL PRIMARY KEY,\n    "kind" VARCHAR(16) NOT NULL,\n    "name" VARCHAR(200) NOT NULL,\n    "stage" VARCHAR(32) NOT NULL,\n    "level" VARCHAR(1) NOT NULL,\n    "industry" VARCHAR(64) NOT NULL,\n    "phone_enc" TEXT,\n    "phone_index" VARCHAR(64),\n    "email_enc" TEXT,\n    "email_index" VARCHAR(64),\n    "id_number_enc" TEXT,\n    "address_enc" TEXT,\n    "created_by_id" INT,\n    "created_at" TIMESTAMPTZ NOT NULL,\n    "updated_at" TIMESTAMPTZ NOT NULL,\n    "deleted_at" TIMESTAMPTZ,\n    "owner_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,\n    "team_id" INT REFERENCES "team" ("id") ON DELETE SET NULL\n);\nCREATE INDEX IF NOT EXISTS "idx_customer_name_0aae8f" ON "customer" ("name");\nCREATE INDEX IF NOT EXISTS "idx_customer_phone_i_cf7c6a" ON "customer" ("phone_index");\nCREATE INDEX IF NOT EXISTS "idx_customer_email_i_a2e5ad" ON "customer" ("email_index");\n        CREATE TABLE IF NOT EXISTS "api_token" (\n    "id" SERIAL NOT NULL PRIMARY KEY,\n    "name" VARCHAR(64) NOT NULL,\n    "prefix" VARCHAR(16) NOT NULL,\n    "token_hash" VARCHAR(64) NOT NULL UNIQUE,\n    "scopes" JSONB NOT NULL,\n    "allowed_ips" JSONB NOT NULL,\n    "expires_at" TIMESTAMPTZ NOT NULL,\n    "created_at" TIMESTAMPTZ NOT NULL,\n    "last_used_at" TIMESTAMPTZ,\n    "last_used_ip" VARCHAR(64),\n    "revoked_at" TIMESTAMPTZ,\n    "user_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE\n);\n        ALTER TABLE "user" ADD "team_id" INT;\n        ALTER TABLE "user" ADD CONSTRAINT "fk_user_team_10b71bb3" FOREIGN KEY ("team_id") REFERENCES "team" ("id") ON DELETE SET NULL;'}

DOWNGRADE = {'sqlite': '\n        ALTER TABLE "user" DROP COLUMN "team_id";\n        DROP TABLE IF EXISTS "customer";\n        DROP TABLE IF EXISTS "api_token";\n        DROP TABLE IF EXISTS "team";', 'postgres': '\n        ALTER TABLE "user" DROP CONSTRAINT IF EXISTS "fk_user_team_10b71bb3";\n        ALTER TABLE "user" DROP COLUMN "team_id";\n        DROP TABLE IF EXISTS "api_token";\n        DROP TABLE IF EXISTS "customer";\n        DROP TABLE IF EXISTS "team";'}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE[db.schema_generator.DIALECT]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE[db.schema_generator.DIALECT]


MODELS_STATE = (
    "eJztXWlz27gZ/isYfWkyI6e2HDtu2umM7HU22fWxYyvdne10GIiEJNYUwSVAK5pt/nsBkB"
    "QvkCIkUaYYfPEB4AXJB9d748/eHFvIIW/uXTSy52iEn5Dbew/+7Llwjtgf0vo+6EHPS2p5"
    "AYVjRxBgFxmUNTXoqu2YUB+alNVOoEMQK7IQMX3bozbmT+s9Ihp4fWC7zzaFvLAPPEjIAv"
    "vWkY8IosCx3ScCoGsBNIe2gyxgskeT94BQ7LP/ZpDMkNUHxHanDgIBQW/4oy1ssmezskaf"
    "Erj2HwH/4CmiM+SzZ/37P6zYdi30FZH4X+/JmNjIsTLw2hbvQJQbdOmJsk8u/SAa8g8YGy"
    "Z2grmbNPaWdIbdVWvbpbx0ilzkQ4p499QPOMhu4DjRqMS4h2+aNAlfMUVjoQkMHD5UnDp8"
    "gaSsZxh39yPj8XpkGL3CMMYUKcyjIhO7fAqwVyXi66f8FY4GJ2/fvb04PX97wZqI11yVvP"
    "sWPjoBJiQU8NyNet9EPaQwbCEwTkD1At/DBBWRvZpBXw5tiiSHL3vxPL4xmlUAxwUJwsnc"
    "3wfEc/jVcJA7pTP278l5BZ7/Gj5cfRw+vDo5f80fiNlSDVfyXVQzEFUc8gRisbgNvh5UUM"
    "5S7Qbol53JGZjP39aA+fxtKcy8Kgsz336UUc4QbQRyBGE7J/PuUYaUorlHicJWnCZZvyHv"
    "asM4bvWGnACKvno2O1ENSIuQ/sAw4fyBHNcsZQ5ZKyJ9E/9xgBtzBY6jT7fXj6Ph7S+8+z"
    "khfzgCr+HomtcMROkyV/oqv2mvOgG/fhp9BPxf8Pv93bWAExM69cUTk3aj33v8nWBAseHi"
    "hQGtNCZxcVyUGWbG/1gbjHGKbAcD3LK9qkvja/qI477BEGcpO7iMe+wDrXvXWUYz8ECGPV"
    "os61a1byjJJSmKjc7Cli3hXZyGXOCbPEmlE45WEdwPTMC0p+7PaCkw/sTeCLqmTCCJJPLP"
    "UTeHhe23eO7Epckr+nCxEpDTU4p9OvtgREOud/h4NfzhuicAHkPzaQF9y8ggzWvwAOdKVm"
    "2LVfPBPF8CXTgV4PCv4O8cgf5LpC/4aHONwLIn0ZTkm/SrlCWx/sGYpVqvU5eUg60VES1T"
    "RKyGV1GEKxB2UCkxODurIcixVqWSnKj7plkWzbLsnWVp3eB2iWdpG7gHzrQ8YIFqgVMR5Z"
    "XsiR+3WGvBGQLeuQXGgWs5COAJ8JA/twlh9QQsbDoDEPBzEhATewi8wgsX/BVQBOfsFwnG"
    "1EeI/QUd53XRcrPz3jWj1C5GSfxW4I/i9tqEsFa5nX4tBYRzZPvjP3u9w+U+U7tSEeufHu"
    "/vSrj9LFme97RNCv4HHCYhNob5PyaBa3JA2RZrO9R2yRv+vH82NRYV0HOYMmxnjPir2+Fv"
    "+cG4urm/zPOTvIPL/CLgG484G5TWQIZqj0uAHV/7WQW7NwxH86cI8yVmzAR05UinqHIwjx"
    "lZUzivSvY7wy/v728yM/zy0ygH8Ofby2sGvMCdNbJDPrJoaNPibvlE77C461kbjnqWUo96"
    "W0ZdYo4Tb18QyRuTILOyvoR9uYXucoT5z4aF/RflxitEffFZRk6Gjj/SR45YWHE1l5xDEL"
    "Ev8H9CyxjcSEWwGpqoipNEVXTm42A6WxHEcrhUq8DKjbws+a1SIfCIBLPZk+gE4qp+lVqA"
    "pBrV0AwQe+oi68hmzKWPF+x73gC+QgGTvMHjx+HR4Oyci/T8Xx+6Fp6D6AHAtoBNIudLmV"
    "Zghz1rjUC7NAJsUShbTdI0WjOwVjPANnCqJA+tCPYoCk1YB4cqC2nuvGt8Wh3u3IGEGgQh"
    "d4Nxz9N2cOQPZKRrOchpP9fvYpjZXhXQ2QajnCHUvq5tHmPbU+GEwtadM4rsnscU4iuTQl"
    "3J2imHN0vVOZgbsT356Bk/bcRsZin1NtXmbUp7OmlPJ+3pVKbYHCE470m0mqK8X6XSpHGL"
    "GvpMC3nQp3N2Ov1duBgRMMH+HEDAvYz6Inw8fEOfACbLcfWj7YuWfyGxM5JMm7mzfrUus1"
    "26zJf1bnrp/TqrZBtc1NGyDS7K1Wy8Lud2A322aNSOxQxNQ1FLhzeHte7y+9NdKtiYUwcr"
    "mo+lZuLLiPDDzw/cJCp3H+xkCFt2+QSE4vnWCF1F3XQIpSb5PzGhJPxfPNHK+b+Y7a/D/3"
    "lsWLELFjMsDNAE2O4b8OUL74I/l9vzv3zh5mVudzYhQUcT7FjIAnGLPghHScYE7rZzzQm2"
    "ixOMB0lVGdZhjrAZnWO8VjYBOqbTLgRroRZp0lQwXhF0DtzBWR10WasKpW4xeMMmngOXhu"
    "qekafrnAq9ETnSge40YJyFCtJpmj2ijNyjz4/7gboO0OUwF0C2icH4K/tZgnJliECGbo9B"
    "AvGOcrAxAi+chKBlcsk+osBi3MwZ2xw20qGUdKFtc222zc2ZsB4NmBEPoOImV9aFDopS2P"
    "AmInWvsUFWRwmlTu6Yh9fB5hMO2DTFgcyroxTcAp2GVgYtm38MH5lUtcZ1NEerz4o2nxXC"
    "0dfBU3tjL+E0sR7rAxlrNS/DAmH3GPAGUmZrw+V3YrjUIdFdHnXJ1lqwsnLfJzW3jxSFTl"
    "W71hky9orb0hkydr87LGzr+kKmplTGF5I9H9x9vrmpcoZMoM5em7Ol20D+tp5uAF+i1Uwy"
    "524OmCRp74Ht8rVAi6Lft5xdqRwBXQTJRyZ+Rv7SEHc/bQfVQ9TXFfu3q3hRTD326Gfb3B"
    "atEevpB9FRV7FaoDGPCHQNJmtYyKU2dLbE7Fc0HvIer1YddhU77VJXByXo2TthIYaeXZd9"
    "OJjZpOR6mLLrTKBRkisjRpQzXJj9WI/r7QQ+xn11ZPpVJZNK8iBlcFNOJhXnKj4oByHVZF"
    "LxR+aTSSUZubLJpFIZo/LJpFIBWlslk0pcxEudboeBZdPrZyQ+r+B6m6rtVzngQt7OQKuG"
    "a/1w2WoDBJmBb9PlEUMMPUOXAkbynjvP9sHEx3P2F/IZ7WIGaR8It1r+h0gYvZjZ5gzggJ"
    "rsNCh64u6++x374l7a0+/FHfdvg8Hp6bvB8en5xdnbd+/OLo5Xeo5iVZXC4/LTj1zn0U+r"
    "q9Y77arrFPepS9zreBymKrGOApmtbKwYWZ0m0RFkBWN2CA/7VqTkIZwj056rdTxXw4t11T"
    "ThKRKtCi9OX50QpqcTwhx2Qhj2nUQeFl2OdJaqc0g3cHm0qXq1RkLRFLxdCjGi0GcCU4iR"
    "Asg5ss5N5NNBDaBPB6VA8yop0GrbRYaocyDvfjZHCgEViFMkewSYBKaJCNkTT7zz1LtMUC"
    "Vqu3JCoafx2mkchigoXXKUImnHBUf8sQd9wZFC4o4mky48sLG64j798twL6ep+5WWDrGEY"
    "HFA/FcPEZiN+tGBDjxcgogW2K5IjcH3eGHI6ggHiVnjApAj2G3g+5nsbT6IV5lEg7JVDcl"
    "lKhmYesoU6WDGuvavh7Cfnx7WOjeOKc+P49Rrlbzjs3P7nK6uB87QddC49EA1wLT991YAm"
    "HchU7Uf6MsfRI6I0/FTJ5TZhVeUxRFKN6iQDwo5tLgH2ARalAFk25VfVLgG05ozP6Ee3zA"
    "BIAD+5QcDG1wcQsG1ZmgBo6w71ydIWhrn8WHmGTiCRAsvZ5xWBZp53wjzr4JF66+IwLb5l"
    "wSMtOaPuAzrGX295KiTJMZWqrTypsGhnxBmV1p5W5YOu08S1K02cjmHs2oZUxwWFVbHGku"
    "zzFer3hKSDqQEbSalGgvF/kalkfU6RdBLlBozPFH2lxhhbEnFixKrKgjNTRJ1Aump3uv5t"
    "VM3Jrjanm/u7H+PmefY2C/uMzh1l2DNEGvYNYOfRAYHEGlJ9lWYgM4Y0aW0KGcZDNekRnq"
    "9fnSNKkek0Ke0Rx5LAghbIY6ugHIk0lg7YKZfFMjFC6/WGvyD/iPu0gdsPQxBpHMl7ILLj"
    "ioteHm8fGS13hSXhzS+LGQotTsj1scMviQFT9gwExmgK3aIisZEnbCEntuDiqk6LjGJgDe"
    "Tyj1fNOlig1ekGVfKrznjuBuSaKjxXhqgLaZ32zXKFALKXmNj+XHnGS6j1nFeY86s49hk7"
    "ORwldzYJaRfmf9MeV+IoDl0JNlIMyug1P9wpfnjdJZZxkLqYIM1dYdnWkOstLrDczj8unQ"
    "NG5iCXyxFT4SGXzkyjTT6d4t/5kCpn6M8QaS+MtYcoW/UbWfmJPjJbe2Tq3K/1llZ37aYt"
    "UC299ODqO9EPjaXc353oSVI9CfOZTblXcT96kuSvnoZ76AIu5vOUdCak2Aesb/Dq4cMVOB"
    "+cXrzmd1qK9OaEIu/LFzCHT4hEARScqwGEDYmD+K2WEifZ3fatWeF2scIEsdOYqmpUs1Ta"
    "jL2BTnWlD92EgcrRaka5zYzyanuU6M0r8oplyDoT9bKX9GJaSNFCihZStJCihRSZkCLJYi"
    "0RVuS5rsuFFkm27ZrCC+DXCzwhEYYXZwEtDdiraKpFi3aJFslEUMxzUyDsnLb97KRORiHW"
    "qlTfLupyXhrB2LFNQxpWWuEck6HSotwmHsns0Cu7obOKw8/SaRZ/MxZf/FbYXeL2nZjqjS"
    "eE86FLPOzLbvYtj5/OUrUjiJo/rzNB1FqsLV8R3RVrhUZoQ7N6nlarDNusMtQKDK3A0AqM"
    "MgXG6lYpidoifeNUubLCTLfSfn2HtKj7FRqHJ/ZZKqJA3H6PYaEmnnvQXTbFiDYdF9o2Ye"
    "vlVDiD4zoJEVmr8kj+4+NC2C1lO54KviuCPU5hhzHY+5m/u8+77aBntRtSVgR7BPhqT7tD"
    "nc2hfG/IQ8s+iZ2qssuBK27ySNHoTNBrtTE6+rH3YtGP4mNV5naOrCHkuxQxEIdGK03vDJ"
    "Ge3urTOwRQeXrnyPT0Xju9bctwg/mYidSKU7xAqKe5+jTnqdsQIarY58g08ht4ukYmh/FS"
    "TaVZoNM352kHR20J4l3oJMpdG3WJWSh6+2TUQwX8JqOepdS2v/YMcnFt44WravxLk+hDsn"
    "hIUgTnihf2JhQa0LXWVDH/iug2ZU5tGbh1ranpVZoxp7IXAHefb256hUm7A0xHUTfdxDS1"
    "TksgfRkT9dCzR/zO757ERL2q61eZqKFnG3TVTNuoD2mr7FfYqNtmQe2Uu6rno4mtpqVfUX"
    "QQ4N3b/8WOpJw6KUvVuWiO3c9jYmJP7cbXhEK7W1drMDdwt4aOgxdMfLY9pTHJkemB2fnA"
    "oK+ezao30IhkKTuoB+uSSkQructPosNUd+pwB72+ZSNtS5KkVDjn5ei6YJ1tmrX00TPjxj"
    "dZU1lKvaLavKJ0AJEOIGqBeralAURD5NvmrCfTzYY1/UrNbNJGq2UPaTn3K9Syz8gn/JUU"
    "uI8USQd1h43cVMkXlQLCUfMOontSK3ropCJ66KQYPcSeSJEsCUm5iipFsn/11MvwcjtTRB"
    "W4g30eZt/+D4w/jIQ="
)
