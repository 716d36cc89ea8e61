-- Orleans 10.4.2: the stock AdoNet providers (grain state and cluster membership) read their statements from
-- OrleansQuery. Our own script, written against the providers' contract (query keys, parameter names and the
-- columns they read); the scripts of dotnet/orleans at the 10.4.2 release were the reference.
--
-- The release before kept its rows in a table of the same name with our own key hashes and a text payload: the
-- stock provider could never find them. That table is moved aside here; LegacyStateCarrier carries every row of
-- it through the new provider at start (silo/Storage/LegacyStateCarrier.cs).
ALTER TABLE OrleansStorage RENAME TO OrleansStorageV1;
ALTER INDEX IF EXISTS ix_orleansstorage RENAME TO ix_orleansstoragev1;
ALTER INDEX IF EXISTS ux_orleansstorage_grain RENAME TO ux_orleansstoragev1_grain;

CREATE TABLE OrleansQuery
(
    QueryKey  varchar(64)   NOT NULL PRIMARY KEY,
    QueryText varchar(8000) NOT NULL
);

-- Grain state ------------------------------------------------------------------------------------------------
CREATE TABLE OrleansStorage
(
    GrainIdHash            integer      NOT NULL,
    GrainIdN0              bigint       NOT NULL,
    GrainIdN1              bigint       NOT NULL,
    GrainTypeHash          integer      NOT NULL,
    GrainTypeString        varchar(512) NOT NULL,
    GrainIdExtensionString varchar(512) NULL,
    ServiceId              varchar(150) NOT NULL,
    PayloadBinary          bytea        NULL,
    ModifiedOn             timestamp    NOT NULL,
    Version                integer      NULL
);
CREATE INDEX ix_orleansstorage ON OrleansStorage (GrainIdHash, GrainTypeHash);
-- One row per grain and state, so two first writes racing cannot both insert (the loser gets no version back
-- and the provider raises InconsistentStateException).
CREATE UNIQUE INDEX ux_orleansstorage_grain
    ON OrleansStorage (ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, COALESCE(GrainIdExtensionString, ''));

-- Returns the new version, or the one given when nothing was written (a lost race).
CREATE FUNCTION samoocena_write_state(
    p_idhash integer, p_n0 bigint, p_n1 bigint, p_typehash integer, p_type varchar, p_ext varchar,
    p_service varchar, p_version integer, p_payload bytea)
RETURNS TABLE (NewGrainStateVersion integer) LANGUAGE plpgsql AS $body$
DECLARE written integer;
BEGIN
    IF p_version IS NULL THEN
        INSERT INTO OrleansStorage (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString,
                                    GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version)
        VALUES (p_idhash, p_n0, p_n1, p_typehash, p_type, p_ext, p_service, p_payload, now() AT TIME ZONE 'utc', 1)
        ON CONFLICT DO NOTHING;
        GET DIAGNOSTICS written = ROW_COUNT;
        RETURN QUERY SELECT CASE WHEN written > 0 THEN 1 ELSE NULL END;
    ELSE
        UPDATE OrleansStorage
           SET PayloadBinary = p_payload, ModifiedOn = now() AT TIME ZONE 'utc', Version = Version + 1
         WHERE GrainIdHash = p_idhash AND GrainTypeHash = p_typehash AND ServiceId = p_service
           AND GrainTypeString = p_type AND GrainIdN0 = p_n0 AND GrainIdN1 = p_n1
           AND GrainIdExtensionString IS NOT DISTINCT FROM p_ext AND Version = p_version;
        GET DIAGNOSTICS written = ROW_COUNT;
        RETURN QUERY SELECT CASE WHEN written > 0 THEN p_version + 1 ELSE p_version END;
    END IF;
END
$body$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('WriteToStorageKey',
 'SELECT NewGrainStateVersion FROM samoocena_write_state(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString, @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary)'),
('ReadFromStorageKey',
 'SELECT PayloadBinary, Version FROM OrleansStorage
   WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash AND ServiceId = @ServiceId
     AND GrainTypeString = @GrainTypeString AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
     AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString'),
('ClearStorageKey',
 'UPDATE OrleansStorage SET PayloadBinary = NULL, Version = Version + 1
   WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash AND ServiceId = @ServiceId
     AND GrainTypeString = @GrainTypeString AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
     AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString AND Version = @GrainStateVersion
  RETURNING Version AS NewGrainStateVersion');

-- Cluster membership -----------------------------------------------------------------------------------------
-- One version row per cluster (DeploymentId = ClusterId): every change of the membership bumps it, and a writer
-- that read an older version changes nothing (optimistic concurrency, as the provider expects).
CREATE TABLE OrleansMembershipVersionTable
(
    DeploymentId varchar(150)   NOT NULL PRIMARY KEY,
    Timestamp    timestamptz(3) NOT NULL DEFAULT now(),
    Version      integer        NOT NULL DEFAULT 0
);

CREATE TABLE OrleansMembershipTable
(
    DeploymentId varchar(150)   NOT NULL REFERENCES OrleansMembershipVersionTable (DeploymentId),
    Address      varchar(45)    NOT NULL,
    Port         integer        NOT NULL,
    Generation   integer        NOT NULL,
    SiloName     varchar(150)   NOT NULL,
    HostName     varchar(150)   NOT NULL,
    Status       integer        NOT NULL,
    ProxyPort    integer        NULL,
    SuspectTimes varchar(8000)  NULL,
    StartTime    timestamptz(3) NOT NULL,
    IAmAliveTime timestamptz(3) NOT NULL,
    PRIMARY KEY (DeploymentId, Address, Port, Generation)
);

-- Bumps the cluster's version when it is still the one the caller read; true when it did.
CREATE FUNCTION samoocena_bump_membership(p_deployment varchar, p_version integer) RETURNS boolean
LANGUAGE plpgsql AS $body$
DECLARE bumped integer;
BEGIN
    UPDATE OrleansMembershipVersionTable SET Timestamp = now(), Version = Version + 1
     WHERE DeploymentId = p_deployment AND Version = p_version;
    GET DIAGNOSTICS bumped = ROW_COUNT;
    RETURN bumped > 0;
END
$body$;

CREATE FUNCTION samoocena_insert_member(
    p_deployment varchar, p_address varchar, p_port integer, p_generation integer, p_silo varchar, p_host varchar,
    p_status integer, p_proxy integer, p_start timestamptz, p_alive timestamptz, p_version integer)
RETURNS TABLE (row_count integer) LANGUAGE plpgsql AS $body$
DECLARE inserted integer := 0;
BEGIN
    IF samoocena_bump_membership(p_deployment, p_version) THEN
        INSERT INTO OrleansMembershipTable (DeploymentId, Address, Port, Generation, SiloName, HostName, Status,
                                            ProxyPort, StartTime, IAmAliveTime)
        VALUES (p_deployment, p_address, p_port, p_generation, p_silo, p_host, p_status, p_proxy, p_start, p_alive)
        ON CONFLICT DO NOTHING;
        GET DIAGNOSTICS inserted = ROW_COUNT;
        IF inserted = 0 THEN
            RAISE EXCEPTION 'member exists' USING ERRCODE = 'unique_violation';
        END IF;
    END IF;
    RETURN QUERY SELECT inserted;
EXCEPTION WHEN unique_violation THEN
    RETURN QUERY SELECT 0; -- the version bump is rolled back with the block
END
$body$;

CREATE FUNCTION samoocena_update_member(
    p_deployment varchar, p_address varchar, p_port integer, p_generation integer, p_status integer,
    p_suspect varchar, p_alive timestamptz, p_version integer)
RETURNS TABLE (row_count integer) LANGUAGE plpgsql AS $body$
DECLARE updated integer := 0;
BEGIN
    IF samoocena_bump_membership(p_deployment, p_version) THEN
        UPDATE OrleansMembershipTable
           SET Status = p_status, SuspectTimes = p_suspect, IAmAliveTime = GREATEST(IAmAliveTime, p_alive)
         WHERE DeploymentId = p_deployment AND Address = p_address AND Port = p_port AND Generation = p_generation;
        GET DIAGNOSTICS updated = ROW_COUNT;
        IF updated = 0 THEN
            RAISE EXCEPTION 'no such member' USING ERRCODE = 'no_data_found';
        END IF;
    END IF;
    RETURN QUERY SELECT updated;
EXCEPTION WHEN no_data_found THEN
    RETURN QUERY SELECT 0;
END
$body$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('InsertMembershipVersionKey',
 'WITH added AS (INSERT INTO OrleansMembershipVersionTable (DeploymentId) VALUES (@DeploymentId)
                 ON CONFLICT DO NOTHING RETURNING 1)
  SELECT COUNT(*)::integer FROM added'),
('InsertMembershipKey',
 'SELECT row_count FROM samoocena_insert_member(@DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
                                               @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version)'),
('UpdateMembershipKey',
 'SELECT row_count FROM samoocena_update_member(@DeploymentId, @Address, @Port, @Generation, @Status,
                                               @SuspectTimes, @IAmAliveTime, @Version)'),
('UpdateIAmAlivetimeKey',
 'UPDATE OrleansMembershipTable SET IAmAliveTime = GREATEST(IAmAliveTime, @IAmAliveTime)
   WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation'),
('MembershipReadRowKey',
 'SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
         m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable v
    LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
         AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
   WHERE v.DeploymentId = @DeploymentId'),
('MembershipReadAllKey',
 'SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
         m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable v
    LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
   WHERE v.DeploymentId = @DeploymentId'),
('DeleteMembershipTableEntriesKey',
 'DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId;
  DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId'),
('GatewaysQueryKey',
 'SELECT Address, ProxyPort, Generation FROM OrleansMembershipTable
   WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0'),
('CleanupDefunctSiloEntriesKey',
 'DELETE FROM OrleansMembershipTable
   WHERE DeploymentId = @DeploymentId AND IAmAliveTime < @IAmAliveTime AND Status <> 3');
