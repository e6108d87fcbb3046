from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE = {'sqlite': '\n        CREATE TABLE IF NOT EXISTS "mfa_state" (\n    "email_enabled" INT NOT NULL,\n    "phone_enc" TEXT,\n    "phone_confirmed" INT NOT NULL,\n    "webauthn_handle" VARCHAR(64),\n    "grace_started_at" TIMESTAMP,\n    "user_id" INT NOT NULL PRIMARY KEY REFERENCES "user" ("id") ON DELETE CASCADE\n) /* Per-user MFA settings: email and SMS factors, and when the enrolment grace began. */;\n        CREATE TABLE IF NOT EXISTS "recovery_code" (\n    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n    "code_hash" VARCHAR(64) NOT NULL UNIQUE,\n    "used_at" TIMESTAMP,\n    "created_at" TIMESTAMP NOT NULL,\n    "user_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE\n);\n        CREATE TABLE IF NOT EXISTS "totp_device" (\n    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n    "secret_enc" TEXT NOT NULL,\n    "confirmed_at" TIMESTAMP,\n    "last_step" BIGINT NOT NULL,\n    "created_at" TIMESTAMP NOT NULL,\n    "user_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE\n) /* An authenticator app (RFC 6238). ``last_step`` makes every code single use. */;\n        CREATE TABLE IF NOT EXISTS "webauthn_credential" (\n    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n    "credential_id" VARCHAR(512) NOT NULL UNIQUE,\n    "public_key" TEXT NOT NULL,\n    "sign_count" BIGINT NOT NULL,\n    "name" VARCHAR(64) NOT NULL,\n    "transports" JSON NOT NULL,\n    "created_at" TIMESTAMP NOT NULL,\n    "last_used_at" TIMESTAMP,\n    "user_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE\n) /* A passkey or security key. */;', 'postgres': '\n        CREATE TABLE IF NOT EXISTS "mfa_state" (\n    "email_enabled" BOOL NOT NULL,\n    "phone_enc" TEXT,\n    "phone_confirmed" BOOL NOT NULL,\n    "webauthn_handle" VARCHAR(64),\n    "grace_started_at" TIMESTAMPTZ,\n    "user_id" INT NOT NULL PRIMARY KEY REFERENCES "user" ("id") ON DELETE CASCADE\n);\nCOMMENT ON TABLE "mfa_state" IS \'Per-user MFA settings: email and SMS factors, and when the enrolment grace began.\';\n        CREATE TABLE IF NOT EXISTS "recovery_code" (\n    "id" SERIAL NOT NULL PRIMARY KEY,\n    "code_hash" VARCHAR(64) NOT NULL UNIQUE,\n    "used_at" TIMESTAMPTZ,\n    "created_at" TIMESTAMPTZ NOT NULL,\n    "user_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE\n);\n        CREATE TABLE IF NOT EXISTS "totp_device" (\n    "id" SERIAL NOT NULL PRIMARY KEY,\n    "secret_enc" TEXT NOT NULL,\n    "confirmed_at" TIMESTAMPTZ,\n    "last_step" BIGINT NOT NULL,\n    "created_at" TIMESTAMPTZ NOT NULL,\n    "user_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE\n);\nCOMMENT ON TABLE "totp_device" IS \'An authenticator app (RFC 6238). ``last_step`` makes every code single use.\';\n        CREATE TABLE IF NOT EXISTS "webauthn_credential" (\n    "id" SERIAL NOT NULL PRIMARY KEY,\n    "credential_id" VARCHAR(512) NOT NULL UNIQUE,\n    "public_key" TEXT NOT NULL,\n    "sign_count" BIGINT NOT NULL,\n    "name" VARCHAR(64) NOT NULL,\n    "transports" JSONB NOT NULL,\n    "created_at" TIMESTAMPTZ NOT NULL,\n    "last_used_at" TIMESTAMPTZ,\n    "user_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE\n);\nCOMMENT ON TABLE "webauthn_credential" IS \'A passkey or security key.\';'}

DOWNGRADE = {'sqlite': '\n        DROP TABLE IF EXISTS "totp_device";\n        DROP TABLE IF EXISTS "webauthn_credential";\n        DROP TABLE IF EXISTS "mfa_state";\n        DROP TABLE IF EXISTS "recovery_code";', 'postgres': '\n        DROP TABLE IF EXISTS "totp_device";\n        DROP TABLE IF EXISTS "recovery_code";\n        DROP TABLE IF EXISTS "webauthn_credential";\n        DROP TABLE IF EXISTS "mfa_state";'}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE[db.schema_generator.DIALECT]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE[db.schema_generator.DIALECT]


MODELS_STATE = (
    "eJztXW1v2zgS/iuEP7WAk02cl+aKwwFONt3mtkmK2L1d7OGg0BJt6yKTXpGKa+zlvx9JSb"
    "ZeKFl0bEdW+aWNSQ4lPcOXmeHM8K/WhDjIo4f3GPXdCeqTJ4RbH8FfLQwniP+hrG+DFpxO"
    "l7WigMGBJwkIRhbjTS22aDugzIc247VD6FHEixxEbd+dMpeIp7V6iAXTNnDxs8ugKGyDKa"
    "R0RnznwEcUMeC5+IkCiB2AJtD1kANs/mj6EVBGfP5rDOkYOW1AXTzyEAgoOhSPdojNn83L"
    "tvqUALt/BuKDR4iNkc+f9e//8GIXO+g7ovHP6ZM1dJHnpOB1HdGBLLfYfCrLbjD7JBuKDx"
    "hYNvGCCV42ns7ZmOBFaxczUTpCGPmQIdE98wMBMg48L+JKjHv4pssm4SsmaBw0hIEnWCWo"
    "wxdYlrUs6+6+b/Wu+5bVyrExpkhgHhXZBIshwF+Vyq8fiVc46Byffji9ODk/veBN5GsuSj"
    "68hI9eAhMSSnju+q0XWQ8ZDFtIjJegTgN/SijKI3s1hr4a2gRJBl/+4ll8YzTLAI4Llggv"
    "x/4uIJ7A75aH8IiN+c/j8xI8/9V9uPrcfXh3fP5ePJDwqRrO5LuopiOrBORLiOXktsR80E"
    "E5TbUZoN92JKdgPj+tAPP5aSHMoioNs1h+tFFOEa0FcgRhPQfz5lGGjKHJlFGNpThJsnpB"
    "3tSCcVTrBXkJKPo+dfmOakGWh/RnjomQD9S4pikzyDoR6WH8xx4uzCU49m9ur3v97u1X0f"
    "2E0j89iVe3fy1qOrJ0nil9l120F52A3276n4H4Cf64v7uWcBLKRr584rJd/4+WeCcYMGJh"
    "MrOgk8QkLo6LUmzm8o+zBo8TZBtgcM3Wqibx1/aRwH0NFqcpGziNW/wDnXvszaMRuCdsjy"
    "bLqlntW1p6SYJirb2wZlN4E7uhUPiGT0rtRKCVB/cTVzDdEf4VzSXGN/yNILZVCkmkkX+L"
    "utkvbF/isROXLl/Rh7OFgpwcUvzT+QcjFkq93d5V9+frlgR4AO2nGfQdK4W0qCEdkilZtM"
    "1XTTqTbAnEcCTBEV8h3jkC/WtkL/jsCovAvKWwlGSbtMuMJbH9wRonWq8ylxSDbQwRNTNE"
    "LNirqcLlCBtolOicnVVQ5HirQk1O1r0YkcWILDsXWWrH3CbJLHUDd8+FlgciUc1JKrK8VD"
    "zx4xYrT3C6QHTugEGAHQ8BMgRT5E9cSnk9BTOXjQEEYp8E1CZTBN6RGQY/AYbghP9HgwHz"
    "EeJ/Qc97nz+52XjvRlCql6Ak/9eQj+L25ghhpXE7+VoaCGfIdid/tlr7K30mVqU81v/s3d"
    "8VSPtpsqzs6doM/A94XEPcGuZ/HwbYFoDyJdb1mIvpoXjeP7bFixLoBUwpsTNG/N1t9/cs"
    "M66+3F9m5UnRwWV2EoiFR+4NWnMgRbXDKcC3r93Mgs0fDEfjJw/zJeHCBMRqpBNUGZgHnG"
    "xbOC9KdjvCL+/vv6RG+OVNPwPwt9vLaw68xJ03ckM5Mn/QZtTd4oHeYHV36qzJ9TSl4Xpd"
    "uK44jpNvn1PJt6ZBpnV9hfhyC/G8T8S/W1b231QaL1H15WdZGR06/kgfeXJixdVCcw5BJL"
    "7E/wnNY3AjE8GCNVGVIImq2NgnwWi8IIj1cKVVgZdbWV3ypdQg0ENS2GwpbAJxVbvMLEAT"
    "jSpYBqg7wsg5cLlw6ZMZ/55DIGYo4Jo36H3uHnTOzoVKL376EDtkAqIHANcBLo2cL1VWgQ"
    "32bCwC9bII8EmhfWqSpDGWgZWWAb6AMy19aEGwQ1VoyDvYV13ISOdNk9OqSOcepMyiCOE1"
    "+J6lbSDn94TTlRzkjJ/rD8FmvlYFbLwGl1OExte1zjx2pzqSUNi6cYcim5cxpfrKtVCsmD"
    "vF8KapGgfzVs6efPRMntYSNtOUZpmq8zJlPJ2Mp5PxdCoybErUFVbNmBvFJs2Y7VXsmVPk"
    "U4LBbEykAZICFx+Cx0fRhXiusOc+PgrzorA72pCigyHxHOSAuEUbhPxWmTQ327mxatbLqh"
    "kzSVcY2qy/01uv4DuQOeO5sg7QMZ0xIa+EWqbJ0MF4QdA4cDtnVdDlrUqE+rzznkunHpxb"
    "umtGlq5xKtRx56KKtb5zUWyuF3VptD2IRwGXLHSQTtLsEGWED771dgN1FaCLYc6B7FKLy1"
    "fuswLlUhexFN0OncTiFWVvfcTeOAitZsaAXXgBx7jZY744rGWSKejC2GbqbJuZBJRFDLNi"
    "BmouckVdGKdYjQVvKFO3WWtk9VFQmuQ+WXg9Yj+RgA9TEqis+oXg5ugMtCpo+fjj+Ki0qh"
    "WuAxlas1fUea+Qjh4eGblre4kkiQ2v94TXeqfMOcLmCeBbSJlonO5+QKc7ExLTNK5vICRm"
    "OTzSSakVKsFl1MGnXx9EJIc66rkgF/Z+rb9FR7wFNqNlXqr1AVOkxNqzOVQJtCi25JWjKx"
    "GB00SQfGSTZ+TPLZlZ/XVQPUR9XfGfTcWLETblj3527dei1ec9/Sw7aipWMzQQ/rbY4pKc"
    "g7giDL1XYvYbGnRFj1eLDpuEnZYrTsLOOYRWQexQjK3YIgn/ZzXCt0PYi/tqyEZaFly7jA"
    "t9XXBtnLtprw7MdYNr44/MBtcuI5TTwbWJCNpscG3CYe1VwbWh5lHqhNYNHJddPyP5eTlX"
    "tERtu8whDYp2Flo0XOmXxmcboMgOfJfNDzhi6BliBjjJR+FM1gZDn0z4X8jntLMxZG0g3c"
    "zEHzKB1mzs2mNAAmaTicIzbfPdb9g37dId/SjuaX/rdE5OPnSOTs4vzk4/fDi7OFoYnvNV"
    "ZRboy5tfhBG6nVTfVjux6evYu9Std8qP/VStqxhU+Mwmmp7mSZIt5QHfP1/QLKL8W5GWx1"
    "yGzHhyVfHkCi8a0hq9SRKTxT4/fE2AXMsEyO13gBz/TsqUq0Ix0mmqxiG9hcu0bN1Uo0uK"
    "bcHbJJd7Bn2uMIUYaYCcIWvcQD7pVAD6pFMItKhSAq23XKSIGgfy5kdzZBDQgThBskOAaW"
    "DbiNIdycQbT0XEFVWqtyovKcwwXjmMQ5ddraTPCZJ6JHwWj93rhM8angHbDEJ+4Ly6Ej6u"
    "6ljkZHW79PIF3jB0lq0emjx0OccPZpz1ZAYiWuBiGSws7HkDKOgoAUicmwKuRfD/wdQnYm"
    "3jP1EYV0z5K4fkqhDl7TzkFeZgzTjPpoZ3Hp8fVdo2jkr2jaP3K4y/IdvF+Z+vbQbO0jbQ"
    "2WpPLMCV/FZ1HfyNY395kpG32Y56iLHwUxXJfsOq0m2IJhpVSY5BPNeeA+IDIksBclwmru"
    "6ZA+hMuJzRjrLuAkiB2LlBwPnrAwj4sqxMiPHqDs3OUheBuXhbeYZeoNACi8XnBYERnjci"
    "PBtn6mrzYj9PfDfgTL3NPeo+YAPy/VakBlFsU4na0p2KyHZWnGHE3KO7Z2eNxbuDielp2o"
    "JUxQWFV/HGimx8Jeb3JUkDU2VtJcUQDQb/RbbW6XOCpJEob+HwmaHvzBoQR6FO9HlVwWhO"
    "EjUC6bLV6fr3frkku1icvtzf/RI3z4q3adjHbOJpw54iMrCvAbuIDggUpyHlV4sEqsOQbZ"
    "42hQLjvh7pUYTZGhJRgsykDaiPOrYMLKiBPrYIylFoY8mAnWJdLBUjtNpu+BX5B8KnDdx+"
    "6oLI4kg/ApktEkDsgN5tj9MKV1jalgWzMQpPnBD2iTfhgxqM+DMQGKARxHlD4lae8Ao9sQ"
    "aJvButMkrGWgiLj9fNwpWjNem3dPINjkW0PcK2jsyVImpCmpNdi1whgPwlhq4/0R7xCmoz"
    "5jXG/CLyeMx3Dk/LnU1B2oTxv22PK7kVh64EaxkGVfRGHm6UPLzqUo84SF0OkB/vPuNXXO"
    "jxOv+4ZNYOlYNcJqtHiYdcMpeIOfJplPwuWKqdsTpFZLwwVm6ifNavdcpPzZZZ2y3T5EKs"
    "NrWae25aA9PSWzPX3BG3byLlzmzbiTRoCuEznSStWPRMpGWrZuHuYiDUfJFEzIaM+ID3Dd"
    "49fLoC552Ti/fijrfw8m+Gpo+PYAKfEI0CKIRUAyhniYfELW8KJ9nN9m1E4XqJwhTx3Zjp"
    "WlTTVOYYew2b6sIeuo4AlaE1gnKdBeXF8qiwm5fkFUuRNSbqZSfpxYySYpQUo6QYJcUoKS"
    "olRZF3WKGsqLMTFystivzIFZUXIBLCPyEZhhdnAS0M2CtpalSLeqkWy4GgmecmR9g4a/vZ"
    "cZWMQrxVob1d1mW8NIKB59rqi6lLnGNSVEaVW8cjmW96RTfWlUn4aToj4q8n4uteX22uu9"
    "dJCOdDTKfEV910WRw/naaqRxC1eF5jgqiNWls8I5qr1kqL0JrH6llaYzKss8nQGDCMAcMY"
    "MAovQUG+a49bqgtQwpp26eUnyzbGo2+fpnO7xNbwjPz4YruqekCCpIGqwFYCzcWk0kA4at"
    "5AdI+PKmVDPCrJhnh0lMvzSjBTpuovyfO6JNm9lvU2slwzMrq+/B/X1wfA"
)
