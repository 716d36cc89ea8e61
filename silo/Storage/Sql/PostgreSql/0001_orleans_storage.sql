-- Orleans AdoNet grain storage table (the layout of Orleans' own PostgreSQL script).
CREATE TABLE IF NOT EXISTS OrleansStorage
(
    GrainIdHash            integer      NOT NULL,
    GrainIdN0              bigint       NOT NULL,
    GrainIdN1              bigint       NOT NULL,
    GrainTypeHash          integer      NOT NULL,
    GrainTypeString        varchar(512) NOT NULL,
    GrainIdExtensionString varchar(512) NULL,
    ServiceId              varchar(150) NOT NULL,
    PayloadBinary          bytea        NULL,
    PayloadXml             xml          NULL,
    PayloadJson            text         NULL,
    ModifiedOn             timestamp    NOT NULL,
    Version                integer      NULL
);

CREATE INDEX IF NOT EXISTS ix_orleansstorage ON OrleansStorage (GrainIdHash, GrainTypeHash);

-- One row per grain and state: the insert of a first write relies on it to detect a lost race.
CREATE UNIQUE INDEX IF NOT EXISTS ux_orleansstorage_grain
    ON OrleansStorage (ServiceId, GrainTypeString, GrainIdExtensionString);
