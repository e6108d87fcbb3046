from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

# The stay each stage change began ends where the deal's next change (by time, then id) starts:
# backfilled once here, then kept by a trigger on every insert, whoever writes the history
# (the app, imports, restores, the demo). Time in stage is then one grouped average.
SQLITE_UP = """
ALTER TABLE "deal_stage_change" ADD "left_at" TIMESTAMP;
ALTER TABLE "deal_stage_change" ADD "seconds_in_stage" REAL;
UPDATE "deal_stage_change" SET "left_at" = n."next_at",
    "seconds_in_stage" = (julianday(n."next_at") - julianday("deal_stage_change"."changed_at")) * 86400.0
FROM (SELECT "id", LEAD("changed_at") OVER (PARTITION BY "deal_id" ORDER BY "changed_at", "id")
      AS "next_at" FROM "deal_stage_change") n
WHERE n."id" = "deal_stage_change"."id" AND n."next_at" IS NOT NULL;
-- Covering indexes of the report aggregates (see backend/deals/models.py REPORT_INDEXES).
CREATE INDEX "idx_deal_created_f83290" ON "deal" ("created_at", "stage_id", "currency", "amount", "owner_id", "team_id", "deleted_at", "pipeline_id");
CREATE INDEX "idx_deal_won_at_4b0ac9" ON "deal" ("won_at", "stage_id", "currency", "amount", "created_at", "owner_id", "team_id", "deleted_at", "pipeline_id");
CREATE INDEX "idx_deal_lost_at_961a8e" ON "deal" ("lost_at", "stage_id", "currency", "owner_id", "team_id", "deleted_at", "pipeline_id");
CREATE INDEX "idx_deal_expecte_692012" ON "deal" ("expected_close_date", "stage_id", "currency", "amount", "probability", "owner_id", "team_id", "deleted_at", "pipeline_id");
CREATE INDEX "idx_deal_stage_i_27db97" ON "deal" ("stage_id", "currency", "amount", "probability", "owner_id", "team_id", "deleted_at", "pipeline_id");
CREATE INDEX "idx_deal_stage__deal_id_8b36c6" ON "deal_stage_change" ("deal_id", "to_stage_id", "seconds_in_stage");
CREATE TRIGGER "deal_stage_change_stay" AFTER INSERT ON "deal_stage_change" BEGIN
    -- The change before this one (in time) is left now.
    UPDATE "deal_stage_change" SET "left_at" = NEW."changed_at",
        "seconds_in_stage" = (julianday(NEW."changed_at") - julianday("changed_at")) * 86400.0
    WHERE "id" = (SELECT p."id" FROM "deal_stage_change" p WHERE p."deal_id" = NEW."deal_id"
        AND (p."changed_at" < NEW."changed_at" OR (p."changed_at" = NEW."changed_at" AND p."id" < NEW."id"))
        ORDER BY p."changed_at" DESC, p."id" DESC LIMIT 1);
    -- A change written with an earlier time than later ones (clock skew, imports) ends at the next.
    UPDATE "deal_stage_change" SET
        "left_at" = (SELECT MIN(s."changed_at") FROM "deal_stage_change" s WHERE s."deal_id" = NEW."deal_id"
            AND (s."changed_at" > NEW."changed_at" OR (s."changed_at" = NEW."changed_at" AND s."id" > NEW."id"))),
        "seconds_in_stage" = (julianday((SELECT MIN(s."changed_at") FROM "deal_stage_change" s
            WHERE s."deal_id" = NEW."deal_id" AND (s."changed_at" > NEW."changed_at"
            OR (s."changed_at" = NEW."changed_at" AND s."id" > NEW."id")))) - julianday(NEW."changed_at")) * 86400.0
    WHERE "id" = NEW."id" AND EXISTS (SELECT 1 FROM "deal_stage_change" s WHERE s."deal_id" = NEW."deal_id"
        AND (s."changed_at" > NEW."changed_at" OR (s."changed_at" = NEW."changed_at" AND s."id" > NEW."id")));
END;
"""

POSTGRES_UP = """
ALTER TABLE "deal_stage_change" ADD "seconds_in_stage" DOUBLE PRECISION;
ALTER TABLE "deal_stage_change" ADD "left_at" TIMESTAMPTZ;
UPDATE "deal_stage_change" h SET "left_at" = n."next_at",
    "seconds_in_stage" = EXTRACT(EPOCH FROM (n."next_at" - h."changed_at"))
FROM (SELECT "id", LEAD("changed_at") OVER (PARTITION BY "deal_id" ORDER BY "changed_at", "id")
      AS "next_at" FROM "deal_stage_change") n
WHERE n."id" = h."id" AND n."next_at" IS NOT NULL;
-- Covering indexes of the report aggregates (see backend/deals/models.py REPORT_INDEXES).
CREATE INDEX IF NOT EXISTS "idx_deal_created_f83290" ON "deal" ("created_at", "stage_id", "currency", "amount", "owner_id", "team_id", "deleted_at", "pipeline_id");
CREATE INDEX IF NOT EXISTS "idx_deal_won_at_4b0ac9" ON "deal" ("won_at", "stage_id", "currency", "amount", "created_at", "owner_id", "team_id", "deleted_at", "pipeline_id");
CREATE INDEX IF NOT EXISTS "idx_deal_lost_at_961a8e" ON "deal" ("lost_at", "stage_id", "currency", "owner_id", "team_id", "deleted_at", "pipeline_id");
CREATE INDEX IF NOT EXISTS "idx_deal_expecte_692012" ON "deal" ("expected_close_date", "stage_id", "currency", "amount", "probability", "owner_id", "team_id", "deleted_at", "pipeline_id");
CREATE INDEX IF NOT EXISTS "idx_deal_stage_i_27db97" ON "deal" ("stage_id", "currency", "amount", "probability", "owner_id", "team_id", "deleted_at", "pipeline_id");
CREATE INDEX IF NOT EXISTS "idx_deal_stage__deal_id_8b36c6" ON "deal_stage_change" ("deal_id", "to_stage_id", "seconds_in_stage");
CREATE OR REPLACE FUNCTION "deal_stage_change_stay"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- The change before this one (in time) is left now.
    UPDATE "deal_stage_change" SET "left_at" = NEW."changed_at",
        "seconds_in_stage" = EXTRACT(EPOCH FROM (NEW."changed_at" - "changed_at"))
    WHERE "id" = (SELECT p."id" FROM "deal_stage_change" p WHERE p."deal_id" = NEW."deal_id"
        AND (p."changed_at", p."id") < (NEW."changed_at", NEW."id")
        ORDER BY p."changed_at" DESC, p."id" DESC LIMIT 1);
    -- A change written with an earlier time than later ones (clock skew, imports) ends at the next.
    UPDATE "deal_stage_change" h SET "left_at" = n."changed_at",
        "seconds_in_stage" = EXTRACT(EPOCH FROM (n."changed_at" - NEW."changed_at"))
    FROM (SELECT s."changed_at" FROM "deal_stage_change" s WHERE s."deal_id" = NEW."deal_id"
          AND (s."changed_at", s."id") > (NEW."changed_at", NEW."id")
          ORDER BY s."changed_at", s."id" LIMIT 1) n
    WHERE h."id" = NEW."id";
    RETURN NULL;
END $$;
CREATE TRIGGER "deal_stage_change_stay" AFTER INSERT ON "deal_stage_change"
    FOR EACH ROW EXECUTE FUNCTION "deal_stage_change_stay"();
"""

UPGRADE = {"sqlite": SQLITE_UP, "postgres": POSTGRES_UP}

DOWNGRADE = {"sqlite": """
DROP TRIGGER IF EXISTS "deal_stage_change_stay";
DROP INDEX IF EXISTS "idx_deal_stage__deal_id_8b36c6";
DROP INDEX IF EXISTS "idx_deal_created_f83290";
DROP INDEX IF EXISTS "idx_deal_won_at_4b0ac9";
DROP INDEX IF EXISTS "idx_deal_lost_at_961a8e";
DROP INDEX IF EXISTS "idx_deal_expecte_692012";
DROP INDEX IF EXISTS "idx_deal_stage_i_27db97";
ALTER TABLE "deal_stage_change" DROP COLUMN "left_at";
ALTER TABLE "deal_stage_change" DROP COLUMN "seconds_in_stage";
""", "postgres": """
DROP TRIGGER IF EXISTS "deal_stage_change_stay" ON "deal_stage_change";
DROP FUNCTION IF EXISTS "deal_stage_change_stay"();
DROP INDEX IF EXISTS "idx_deal_stage__deal_id_8b36c6";
DROP INDEX IF EXISTS "idx_deal_created_f83290";
DROP INDEX IF EXISTS "idx_deal_won_at_4b0ac9";
DROP INDEX IF EXISTS "idx_deal_lost_at_961a8e";
DROP INDEX IF EXISTS "idx_deal_expecte_692012";
DROP INDEX IF EXISTS "idx_deal_stage_i_27db97";
ALTER TABLE "deal_stage_change" DROP COLUMN "seconds_in_stage";
ALTER TABLE "deal_stage_change" DROP COLUMN "left_at";
"""}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE[db.schema_generator.DIALECT]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE[db.schema_generator.DIALECT]


MODELS_STATE = (
    "eJztXW1z27i1/isYfWkyo6SJEye+2Tt3xna8XXedOGM7bW93OzJEQhJrilBJyoram/9+Af"
    "BFIAlShETSFHK+JDKJA5IP3s77+c9gTm3iBi+vPXLnzMkdfSDe4AP6z8DDc8J+KO8P0QAv"
    "Fpu7/EKIx64goB4ZhazpKEzbjoPQx1bI7k6wGxB2ySaB5TuL0KH8aYNbEi4XQ+R4j06I+c"
    "UhWuAgWFHffuGTgITIdbyHAGHPRmSOHZfYyGKPDj6gIKQ++2uGgxmxhyhwvKlL0DIgL/mj"
    "bWqxZ7NrrT5l6Tn/WvIPnpJwRnz2rN/+wS47nk2+kSD5c/EwmjjEtTPwOjbvQFwfheuFuH"
    "bphT+LhvwDxiOLusu5t2m8WIcz6qWtHS/kV6fEIz4OCe8+9JccZG/puvGoJLhHb7ppEr2i"
    "RGOTCV66fKg4dfQCm2uD0ejz9d3o9uJuNBoUhjGhkDCPL1nU41OAvWogvn7KX+HF0eu379"
    "+evHn39oQ1Ea+ZXnn/PXr0BpiIUMDz+W7wXdzHIY5aCIw3oC6W/oIGpIjs+Qz7amglkhy+"
    "7MXz+CZoVgGcXNggvJn7XUA8x99GLvGm4Yz9+fpdBZ5/Ob05/+X05tnrd8/5AylbqtFK/h"
    "zfORK3OOQbiMXiHvH1oINylqoZoJ92Jmdgfve2Bszv3pbCzG9lYebbjzbKGaKdQI4h7Odk"
    "bh5lHIZkvggDja1YJtm+ITe1Ybzq9Ya8AZR8WzjsRB3hsAjpR4YJ5w/UuGYpc8jaMenL5M"
    "cBbswVON5dfrq4vTv99IV3Pw+Cf7kCr9O7C37nSFxd564+y2/aaSfor5d3vyD+J/r79ecL"
    "AScNwqkvnrhpd/f3AX8nvAzpyKOrEbZlTJLLyaXMMDP+x95hjCWyBga4Z3uVSeNr+YTjvs"
    "MQZykNXMYD9oH2teeu4xl4IMMeL5Ztq9ofacklEsVOZ2HPlnATpyEX+CYPSumEo1UE92cm"
    "YDpT71eyFhhfsjfCnqUSSGKJ/GvczWFh+z2ZO8nVzSv6eJUKyPKUYp/OPpiEEdd7ent++v"
    "FiIAAeY+thhX17lEGa36FHNHclbVu8NT+a569gD08FOPwr+DvHoH+J9QW/OFwjsB4oNCX5"
    "JsMqZUmifxjNpNbb1CXlYIMiomeKiHR4NUW4AqGBSomj4+MaghxrVSrJiXvfgWUBlqVzlq"
    "V3g2sSz9I3cA+cabmhAtUCpyKuV7InftJiqwXnFPHObTReerZLEJ2gBfHnThCw+wFaOeEM"
    "YcTPSRRYdEHQM7ry0B9RSPCc/Rcsx6FPCPuFXfd50XLTeO/AKPWLURL/a/BHSXswIWxVbs"
    "uvpYFwjqw7/nMwOFzuU9qVilj/+fb6cwm3nyXL856OFaL/Qy6TEFvD/L8nS8/igLIt1nFD"
    "xwte8uf9T1tjUQE9hynDdiaIP/t0+rf8YJxfXZ/l+UnewVl+EfCNR5wNWmsgQ9XhEmDHVz"
    "eroHnDcDx/ijCfUcZMYE+NtESVg3nMyNrCOb3S7Qw/u76+yszws8u7HMBfP51dMOAF7qyR"
    "E/GRRUMbiLvlE91gcXdh7zjqWUoY9b6MusIcJ96+IJK3JkFmZX0F+/IJe+s7yv9tWdh/Um"
    "68QtQXnzXKydDJR/rEFQsruc0l5whE6gv8H8g6ATdWEaRDE9/iJPGtcObT5XSWEiRyuFKr"
    "wK6P8rLk90qFwC0RzOZAoRNIbg2r1AKB1KiGZiBwph6xXziMufTpin3PS8RXKGKSN7r95f"
    "TF0fE7LtLzP33s2XSO4gcgx0ZOEDtfqrQCDfYMGoF+aQTYotC2msg0oBnYqhlgG3ioJQ+l"
    "BB2KQhPWwaHKQsCdm8an1eHOXRyEo4AQb4dxz9MaOPIHMtK1HOTAz/WHGGa2Vy3D2Q6jnC"
    "EEX9c+j7Gz0OGEotbGGUWa5zGF+MqkUE+xdsrhzVIZB3MrtiefPNKHnZjNLCVsU33epsDT"
    "CTydwNOpTLF5R/B8oNBqiuvDKpVmmLSooc+0yQL74ZydTj8JF6MATag/RxhxL6OhCB+P3t"
    "APEJPluPrR8UXLPwSJM5JKm9lYv6DL7Jcu82m9m556v84q2Y5O6mjZjk7K1Wz8Xs7tBvts"
    "0egdixmalqKWDm8Og+7yx9NdatiYpYOVzMdKM/FZTPjzrzfcJKp2HzQyhC27fJZBSOd7I3"
    "Qed2MoSjbB7p4IfWRdGIROm9yxWG4K7jhZhuXccSIU1eGOF2zSUw+tZlSY5wPkeC/R/T3v"
    "gj+Xezvc33PjO7fKWzggLybUtYmNkhZDFI2SikVutnPgk/vFJyeDpKsqNJhfbkcjm6yVXY"
    "BO6MDBYivUIomcDsYpgXHgHh3XQZe1qlB5F0NbnGDh4vVId8/I0xlnYGhFynaxN10yzkIH"
    "aZmmQ5SJ9+LrbTdQ1wG6HOYCyE4wYvyV86hAuTKAIkPXYQhFsqMcbATFE6do6Jlc0kWMXI"
    "KbNWObw04appIuwHLZZ8vlfBmE8YCNkgHU3OTKuoCQMY0NbyISG492yHmpoITUl3l4XWo9"
    "0CWbpnSp8nkpBbdAB9CqoGXzj+Gjkqq2ONbmaOGs6PNZIdygXTp1dvahlolhrA9krPV8MA"
    "uE5jHgLSQUB7PuD2LWhYBxk0ddsbUWrKvcM0zPKUaigES+W11FE5/BPV1FE+fEw8K2rqeo"
    "NKUynqLs+ejz16urKlfRDdTZokJ7ugzkaxmZAXyJVnOTV3h3wBQpjQ9sl68FWpwbYM/ZJW"
    "VQMBEkn1j0kfjrkaiMtR9UN3Ff5+xPU/EKabhgj350rH3RumM9fRQdmYrViox5vKQ3YrKG"
    "TbzQ2ds77K9kfMp7PE87NBU7cDisgxJeOI2wEKcLpy77cJCziR34IrVOZFR2Qmffzes06q"
    "cO73CI8ypVjgBcteCicx7mtO9eFfViKEYeDZ2JYwkM9gTqs9SVqTsWuJLv5Uou2ekneFSS"
    "GSoBkwvQlP2zHdJPE3yb9GUQrGWpEzdZ/zK4aadOTDLzH5TDZ4VGSJk6MfnIfOrETf7JbO"
    "pEKT9iPnWiFI68V+rESHNeGURxurSd8OKRiM8rhFJId4dVARWYtxuRtOHWuAq22lBArKXP"
    "mIIXDDHyiL0QMZIPPBhiiCY+nbNfxGe0qxkOh0iESfAfojzCauZYM0SXITt6FZEVzXe/Pb"
    "biNwaHz+5Gk1+gI/6MxpH9+w+t6IszZ/qjBGD819HRmzfvj169eXdy/Pb9++OTV6lmu3ir"
    "SsV9dvknruUeygaK7WEa+lakLq1HnY7HYRqP6pgM2dqnmplGZBKIqC64L0XwsG8lWjEhOT"
    "KIVagTqxAVmtezfUokYPwsTl9IkDaABGmHnSCNfWegThNSjnSWyjikm5/Q2NItNbWhaAte"
    "k4JKc0JTXZBzZMZN5DdHNYB+c1QKNL+lBFpvu8gQGQdy87M5VhnoQCyRdAhwsLQsEgQd8c"
    "SNp6JngmqgtytvKGAab53GUVCaVtE/iaQfBf/4Yw+64J9GIqs20+zcsLE651Fc6mw78u1h"
    "ZfFd1jAKB6uffGfisBF/sWJDT1copkWOJ9LhcH3eGHO6gCLC/a4QkyLY/2jhU7638aSSUe"
    "acgL1yRK5KwtPOQ/ZIxqOZycTUBCav372qdWy8qjg3Xj3fovyNhp1bCH1tNXCe1sBwggPR"
    "ACvCB4oqYN0QVghdrY4ceJrj6JaEYfSpimJv0a3KYyiQGtVJ/0Zdx1oj6iMqriJiOyEv3b"
    "5G2J4zPmMYV11DOED85EZLNr4+wohty8qUb3t3CCdLXxjm8mPlEbtLhRRYzj6nBMA8N8I8"
    "Q7hgvXVxmBZfxXnfcX3ZyjPqehmO6bdPPPmd4piS7laeVFS0GyU59LaeVuWDDolB+5UYFK"
    "LWTduQ6rigsFussaIaS4X6fUNiYDLYVpJoBsvxP4mlZX2WSIxEuQXjc0i+haMxtRXixB27"
    "VRaOLxEZgXTV7nTxt7tqTjbdnK6uP/8paZ5nb7Owz8K5qw17hghg3wF2Hj+wVFhDqktLL1"
    "XGkDatTRHDeKgmvYDXr9HniCQySIzVH3FsE3rQA3ksDdtRSGNySE+5LJaJItquN/xC/Bfc"
    "pw19+vkUxRrH4AMS+dBF4bPbT7eMlrvCBlEltNWMRBYn4vnU5XGAaMqeQdCYTLFXVCS28o"
    "Q95MQeFHI0WmQUAzsiHv943TyzBVpIMKuTUXvGs/UQz9LhuTJEJiTy65rligBkLzFx/Ln2"
    "jFdQw5zXmPNp5pIZOzlcLXc2BakJ879tjytxFEeuBDspBlX0wA8bxQ9vK+qchLGLCdJeSe"
    "e+BmXvUdB5P/84OeuXykEulxWswkNOzkUGJh+j+Hc+pNo1WTJE4IWx9RBlq34nK38AR2Zv"
    "j0zI9l1vaZlrN+2BaumpB7fdxM9qdlI78fOuDGU/NsiGWcrOdNtSGlUF85lNslrOekppXe"
    "tpuE89xMV8noTUwiH1EesbPbv5+Ry9O3pz8pxXMRYFLYKQLO7v0Rw/kCAOoOBcDQrYkLiE"
    "1zFWOMk22zewwv1ihQPCTuNQV6OapQIz9g461VQfugsDlaMFRrnPjHK6PSr05hV5xTJkxk"
    "S9dJJeDIQUEFJASAEhBYQUlZCiqFugEFbU1Q3KhRZFfYWawgviBWUeiAjDS/KElgbsVTQF"
    "0aJfosVmImjmuSkQGqdtP35dJ6MQa1Wqbxf3cl4ay7HrWCNlWGmFc0yGCkS5XTyS2aFXVp"
    "O5isPP0gGLvxuLL/7X2F2S9kZM9dYTwvnYCxbUV5XTKI+fzlL1I4iaP8+YIGoQa8tXhLli"
    "rdAI7WhWz9OCyrDPKkNQYIACAxQYZQqMc+qFkUqhoLVIbg2rVBWW1KiOeoL4AeMkcIgwsu"
    "h8gb01SioivkRfuHf7MIr1GaLLTyhytRZRPmPHD2c2XiPs80gfy18v2BxR6jXaeEadMinJ"
    "Q5LKKMFo4Ttz7K81K6SAtmRPbQmIMVLVhlq5Bo8qcg0evSpIMk6oFzuREhiXorYVfCEyax"
    "sT2obqKYkm1EI9QwSo66PuzHUh31AA3vp4JzyOLup5OsB+h7m+4QgLyFeGfWYJIeJTI+Iz"
    "UdKN13pKgAId1JoClyDQnfIuIO2oaaOuUKQWa8FntRt1t9EsFehTt+tTE8ga0KmeS10dGM"
    "h19aq5CaarW4XC9A0VptfVO4thE9P4I5kMVOrnbIthpRZatI2Xmx23rhXqwzPTv2AUjkfs"
    "VEuMREcv0S3xAid0Hkl0IcjqhYXKeI6DB/bTdR4I+nJ5qY75aeMh4KHXL50zVCBoyW1GVF"
    "QeEa2aaDKNgUr9tkD+t1YSB5kGQK7jAMbR0QA4aW8guM1nWY2Kzmi51kkk4FdXrezcwa8u"
    "SPgaTV1nhg5UnRqqTl4C2/G1cwrKZIC3TgJNyieqqlprKTctkxjjpN6YOhn71owtfN0JLJ"
    "PBBN7BNgLqe1MUuWXq+4K6sY5GTJRu21MlJmlx/pJUgjuwqfDU+rEIt2oNWYptTR1ZWpVv"
    "u5bs2iOxzgoJKp6lRvwY8bIn9/doRrnWiv8x5GWFSYCeXd5ePx+igLiE8dEPZM0uzdmYOB"
    "+iwo+cz33+U0FV1tqTfveSjrzlfEx81lX0I/gJpexm9MyAkbDflK18Xio5oSOedX9fpnf7"
    "raiyjzw+M96hEfCROm3zVeAa2q2aTkK+AG6580uWClxf9F1f5OWnMGy5FFdCvyHMgT/hlE"
    "bB//H669nVBfpyc3F+eXsZC+Yp/yBuZvm6m4vTKyXamh5eGSKY4zukoQILeUuCoXx21oRV"
    "JgFMwevgCbwOCjO4MWxlq7ihCMvrt1cBc8nkLhXIoom/TRCLW7WZCP+3AV15m3A0JpQM0W"
    "+DkOB57lJWm5NczTrrJVejgUiuSp2lzwKJplvHA/ZZOlbFpH2HoVhxFGZblq22TYt9Cyd8"
    "Ou+Oo1d1ot1Yq/KSu68K0W78f3WmpWqI286zVIC5o5DCVkBmfMVUaxKnBN3B6xJsdwPxmz"
    "opw96UZwx7U0gY5pJH4urgmxJ0uA+fd7QD19mAy/ffPLTskxjHpIqZKkdXpjEu5rh5z6SA"
    "Ln1Lb3tIKQDerfCuyDhwQt1qgwmJcQAfHR/XOeCOj8sPOH4vx0UQYitsleXqzpTAAHy71n"
    "QufDIhPvEslXm43OEuR9YPpzv+WGOc7kQSiGCn1BEBqP73zB2hjXuWCnDfIaLejk2D2kkk"
    "8oSAvj762LbZXqQ97XNkgPwOaZIJd3rU9mPIkQHno2/jhXQS7Zl5E4uDLrgFOgAXnH1/XG"
    "dfyNVh8qgnGFXl6hAZqjETdB+dcL1rhuscfSdZrrs0bR3ueBeXedYqrzPUWUpIZX4Io6zL"
    "HxXogD8q8kdz4k8ZRqx7qodukRDgLcIruyLVBFYmAUiLkErOVzURlSgA0K0usWL+FdFtq7"
    "JBz8Ct66gpr9KMoyZ7AfT569XVoDBpG8D0Lu7GTExlt0o1pHXiN+PaDPtGcG4qPByYgFca"
    "uFkM2hhBrGt9yHiYZRNIEf/XyIPPRJBCPB25jvfQEFJ3eGoqUrGewdl3+Z3G+gpzjoXsRk"
    "Xnc+Ltv5uLXkydS90l8TwYeLoIhuH7eEU8TLzNbw+JSVy6t2clOGN7q40E1ohOEPUIEl4s"
    "cWA/L2otvCtQbGzmjfAm9ya7zRuzi04YoIRRKmbvbO8xkL+zX2E08eBoWnUzRCBSF3UU/Y"
    "9OahPMjNvrSQ2n15NSl9eTvMOr7UxJoFD3l2O7oTAvMql5p22I5ofI8x7wb8Nm8913wQ3e"
    "itCxCn7wNoktq8ERpnFotfK5M9HGX3N+i/FUiNiO6A+5zoRYa0v8CkL0jAeaoT+ihU+DBc"
    "8b9ccNx8Z+zpY+z9M+XqN4kJ8rs7q3+Kg9eENIQ95ogF85vwhpySEtuRkgQxpbSGPbLlOj"
    "gm3PNLYFfvJpWR6unq9geGLtfQ12J4xbNpoXJpugkj+imJ6S2ysillLmMCGXS7dKKJA52/"
    "KVSad3XVeZlADwBBn+CWT43OxtAFmzbMh5UDcLtk86kRLGYCtD0AofAAamJzzbnzaLWI90"
    "My2o6qlLFUdPObYpgQERsG1nv4O4wXLoDzOCrNEiISkvA85uJYxKqx44pwvnjj4QT8VkpP"
    "cqOQ28cBiTkDQDfgP4DdCZb9eZ+2TifNOBd0NhIMDNcx1iRxrNcKBl+8lSAee8dR4HFl3o"
    "5XDbUPQjfZtRNVOx69IVjyVdaI1JjgwGpvGBId8WDru9gxCUpTRQCDoQoSfBpDLAHmTd8p"
    "PILFm3kC1lGew07nlaSKDR5/W9GS1nocNX5ulMSFnYNmvpk0fGje+yprKUsKL6vKLYotD0"
    "VpAowLK+3bK+DLrMQdE3cOsaf6VJ1SfrbxqSrNLOSuHKFdpZuVW7xcJyXglJwS8cBGymER"
    "JftqlH+M4MnmFQ5etpWJXmlY08alw3o1pK0VLU5+FNXkmruBz/k1hasYkSiXE2+VYKeo2p"
    "rYj0KU/9nbQ3AN0q/rmNnN/Uspa+v5MokyMFWabPsoy9JLskUE2pIENujwfXJ3MG4k7aCI"
    "kQhrj3Q7yjyilDCvt0n8c5EUF1N+oNGYxvn8cXrHClw2ywFQ4qVZg26orFrkjYB4ULzN/R"
    "czrkmkq2HBWkVysv6gTlyNoA98misQ0EtnfBwz3DuLXY4WQXbQBdswsZ5I6bGrUMNrsogL"
    "tt2uYPHO26Bq2mcYmzYqtSuGwSZlekb5EabU9Th+LmiHqFZMFyvuBNYnT07P4+Lcfm2Pf3"
    "KCDKtHSNdr2j0wA4BnTpGCCNnQ5rnaUCG3aB+eu/ffWJZM82LKx8y2KvqBX0ItNAxEv1kO"
    "wQ8QJK2PKt5jDVcXWUsDyP7U6DniEEZVyflXGgcv0RRpndnFFN1VWGBhRXfdII9u4MNFEl"
    "2DeQ29MJioUOSqttGkF5P+yVwuozDZ2JY+H4ywtaq8z9YZXqysu3bDfIRArU4Vy0iCThUS"
    "bSddAhQXDJkwWXNFU4IqOg0+bDJBJgw/rEhhkObJ+VyQcN7AKvXYoVoJbrNyWSfqg3+WON"
    "UW8mzEdhQLb5iWNQfxyC+kNUZd1Nk5mhhFHu8yiDkaL8BDPXSAE5RyDnSA+0Qz3NOSLq1y"
    "tUQkld+3JVkJ20aFcFRFdeIclISPA8d0kU/kxURdh7iK6WJCnJbucyqYi/9qwogcqcLqP1"
    "Lr+D9OycgctZENfxRE/iKSs2znWfkH2j3Z7nsn1zywN365h848VI2X2LPYKM+DFX76sWPh"
    "3jsePGGWl2e3oHjwH9YZf6w9AJXa1c4ymBgRrEVrJ9bJZGjsklljPHboleZrOecvxtRPUy"
    "pm4L8rbqdVbA+/Hi/PLT6dWz1yfDo1zdyAT5twVw5T2o7gyWaTpMqXL++X/b0sDk9OB11O"
    "DlWvBCMkh+gBc5Spfikq03IchhO+EUJs3X669nVxfoyw2bt7eXsZ4rlbXEzewsvrk4vSrU"
    "IsgcljXPthwVVPHNq2xLeKSikqFEjaQmr9I0NKJL6knyEK4nyGcFo0vf0mITNhQGZK1qvV"
    "Y6FxaY0BGoKnlXpDbOkhkH9NHxcR127Pi4nB3j97JYbwRBHZ3jhgrSCPVYqSxJ3TqjK5GB"
    "0aDP4xupH4gXkt1y+qnoYcT7POIeDVVFjsqDuVICA47DrmO5mGBhL61QK5ZLpumHs4ORsV"
    "yQJaQFOTHJPqULboEOwC3Pb3MYBv5OdfoG2/chE5xho67g0iAT3A/JirNPC7EVavIhGSI4"
    "J/vkEd+7HbJhZGXfg5qwyiQwWRXO8JKnRn1Uc1QwWVWFVyTPmpqwyiSAqQJTyeGoJqQSBS"
    "x/CPXW4fGaD/WOeacm0N30dFgTuDa2GTazRv7H5EhqANwvUleGTt3cAZ7B94YJFjeX53eD"
    "4nHWILi3SX+GIiyf5TXgFXxqA/CanQRC5uZr7An88G8A07u4GzMxlTgk7bQaeW7XmmFvqj"
    "LvncXkP/96Q9w0v4Uabh4cIXaHc9GbQXvE97ZjTWTYSsJOcshWR6CM5GEVzbdm1L32CJrT"
    "R5HdFiPeCRqTcEWIh0RnIsntxKfzUbJD3t8jJxBTDa1mrFk4IxHdCgcoNh0o8uu29aDfvd"
    "+9+3uXTLgHCSPBno3u7wPCRtMORo4XdcduCGdC0Qm7smY/WOcRUuxFptj7wO+tEfYJWvlO"
    "GLInjtmfv3vcd3+MOa3vTKfER8/mztQXqwK9e559tz8EyCPfwqRj9gjHY1s8e9MhCijiSl"
    "R2Jfpidvd3jycWnvp0uSA2wo9s1fDrbB4SbEdIrdiioCvEkPPFU1Yz6hLEXj6k/vqlgOcD"
    "689xXd5x/HlTUjsLsVSONXrpTWKZkI4y8Sa52xJlrmUefQgq6TaoJLOMNPAt0IEMrlBq0F"
    "2gzVGBukidQgXS/TRs3Njs2QVQtzgBZCjNcwIwyTIYcz+6QyyRgeW3z+Nb4KcKA10RDqYi"
    "3jE07HCGuIngMIm/rXkaSRRwwG83XyRJE/bU9yTZGQ4M3LoKH2lS9SlXRqp1VyguZI18uc"
    "ZCNgG0mjcDhM8uhU/xfwHW8ii6pL2B+Qxe18pn8Loin8HrYj4DJ0hfu4DyGaUuwV7JBM4Q"
    "5uAeM8q28E6vdMsDnF1fX2U4vLPLfAzG109nF2wAcukOFJKpb82cR6LYLioRl8kAbw28GQ"
    "PtJFaHuj5OEglE5B92MAD4hW8XHMuiAQr8dh1zIOcxGzADHuDol9r+Cs4Ue+JjqiNFq0bS"
    "LGgVkkaK6nZxY6MFqVdvlG+E3BTHTWtjyj7pJbq/52n8I/skXRBviFa8RqiPeCD7T+y2lC"
    "GGtXr26gXn43hr1knBMtrGQ3734gnA7YdIaskfIlY7ElHY7BWQE9Y2FuYdiZMzF+x7nYtY"
    "I6KVq0QiMVDQaj4ljMDr3zNtiCMSgLgGxMDkNx0cAtnM2oC1/yV+Bpw/GHSyDZzU2AVOSj"
    "eBk0JyTlCsdKtYgfixbmxbEN8wqBAahxrxDTXsXKDIeCL5/Ba7JLjDPhMZBwrpXL49rJLN"
    "A95wFG5a1pDM59QLZ+4a+eSReEuCImo0YRIyd6rlJQZQ/Jv7zKNn5BvrkRHwK7GoHa6owl"
    "W54b4VgvVvA/EEcTco5Gf/B9gvn1C4TkemLr+XEhgo9VVBmbB770vZvfd5dq/78jM9c1mC"
    "COueA3qQ1QKeyMcOCgY0s8k2XDAAcoCV436Ytl6Fk3DK2te09bYpBVx8W1A//DMdDxQywO"
    "ZmpQRARLPRP+N24A54WAcoFEiv4w74ro43YH4PkZwB3+W3+onjkhGTSueqvb4c4xyZgVA3"
    "rKYOQhwuFXqlivobKUVb6BY2iQFruSTJqxziXA6Jr5X7WiLpR+pro+p8RzhrDYhE0o8BMS"
    "oX+RwHD9qmsg1Rh4ayZG86WDuZz3hvS60JKOUIMzRgRs9DKpiOBdbTrWaIDKgo0UGBJeL7"
    "VJGaqhzjlADwrYMvVISAOAXQXTVatWDieE4w22nYc6SQx6A/KsriOJNvC4d1t8MwZylhlP"
    "s8yjZdeS7F9m4FKfLEMNZ9G+ueWB0u5xVWh83NYZXVwZmD1QGsDmB10NPUHoY2fLmIzpED"
    "1oeTkW4yjQyRgZO5FYn+kDRTBiAN9soi2g3bK4lnUZs/XQNkmcY4TWDz2/OMsMNFz1wpkY"
    "B1rAXr2GKhnPLlAyKR9GNAjLIf24wDcyyG2oi/RUimWk6fauoON6bgwVl0szk1vPmHNMTu"
    "yKcrxeZUkZ9aJgLrpSK22iJBoDK/V0VWb2gA0jJbj66dvUAH0JYVVteFtkAH0BbqRLJjYb"
    "EDtAU6gLbgIYKZnKePbJ4MgFUlBnHJXEtYkWn6wRwbJa2Alw546RyYtQW8dH5sLx2IKzRt"
    "1BUmflXuU3+3Uc9Sgh9HfwYZPPB+1HGeEbYmx+wM3mGg87Qw0n0b6V55Zt2R+cLFIsCmxD"
    "0rbTGs4aMVyo1rpIcK8COxk8zKsaFniOhkQnxeanXKBl3kc+K25QCtnHAWFU9lL4piQ50q"
    "M1RT3YLDGDiM9Wbfa9tWDiWB2i0JBKbvnmn3QPsE2ifQQ3RZy6ZNfvaU+I41U/Gx8Z1K/h"
    "Vv2kB8wWHtOeXs4iPj45WlC8qZGonEQL6mFSMOX1QaCMfNDUS3Fa6RPTEkKkt7VX6XlKR7"
    "rvFpFD+N8YdPeph9/39WvijR"
)
