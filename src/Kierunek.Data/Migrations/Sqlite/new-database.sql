CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "audit" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_audit" PRIMARY KEY AUTOINCREMENT,
    "At" TEXT NOT NULL,
    "User" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "Entity" TEXT NOT NULL,
    "EntityKey" TEXT NOT NULL,
    "OldValue" TEXT NULL,
    "NewValue" TEXT NULL
);

CREATE TABLE "documents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_documents" PRIMARY KEY AUTOINCREMENT,
    "Key" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Layout" TEXT NOT NULL,
    "TerritorialUnitCode" TEXT NULL,
    "PeriodFrom" INTEGER NULL,
    "PeriodTo" INTEGER NULL,
    "SourceFile" TEXT NULL,
    "ImportedAt" TEXT NOT NULL,
    "ImportedBy" TEXT NOT NULL,
    "Content" TEXT NOT NULL
);

CREATE TABLE "institutions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_institutions" PRIMARY KEY AUTOINCREMENT,
    "DocumentId" INTEGER NOT NULL,
    "Key" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "TerritorialUnitCode" TEXT NULL,
    CONSTRAINT "FK_institutions_documents_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "documents" ("Id") ON DELETE CASCADE
);

CREATE TABLE "nodes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_nodes" PRIMARY KEY AUTOINCREMENT,
    "DocumentId" INTEGER NOT NULL,
    "ParentId" INTEGER NULL,
    "Position" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "LevelName" TEXT NOT NULL,
    "Code" TEXT NULL,
    "Title" TEXT NULL,
    CONSTRAINT "FK_nodes_documents_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "documents" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_nodes_nodes_ParentId" FOREIGN KEY ("ParentId") REFERENCES "nodes" ("Id")
);

CREATE TABLE "indicators" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_indicators" PRIMARY KEY AUTOINCREMENT,
    "NodeId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Code" TEXT NULL,
    "Name" TEXT NULL,
    "Unit" TEXT NULL,
    CONSTRAINT "FK_indicators_nodes_NodeId" FOREIGN KEY ("NodeId") REFERENCES "nodes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "indicator_values" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_indicator_values" PRIMARY KEY AUTOINCREMENT,
    "IndicatorId" INTEGER NOT NULL,
    "FromYear" INTEGER NOT NULL,
    "ToYear" INTEGER NOT NULL,
    "Raw" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Number" TEXT NULL,
    "Unit" TEXT NULL,
    CONSTRAINT "FK_indicator_values_indicators_IndicatorId" FOREIGN KEY ("IndicatorId") REFERENCES "indicators" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_documents_Key" ON "documents" ("Key");

CREATE INDEX "IX_indicator_values_IndicatorId" ON "indicator_values" ("IndicatorId");

CREATE INDEX "IX_indicators_NodeId" ON "indicators" ("NodeId");

CREATE UNIQUE INDEX "IX_institutions_DocumentId_Key" ON "institutions" ("DocumentId", "Key");

CREATE INDEX "IX_nodes_DocumentId_Position" ON "nodes" ("DocumentId", "Position");

CREATE INDEX "IX_nodes_ParentId" ON "nodes" ("ParentId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123210509_Initial', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);

CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "InstitutionKey" TEXT NULL,
    "InstitutionName" TEXT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);

CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");

CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");

CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");

CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123230821_Accounts', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "audit" ADD "Reason" TEXT NULL;

CREATE TABLE "periods" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_periods" PRIMARY KEY AUTOINCREMENT,
    "DocumentKey" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "State" TEXT NOT NULL,
    "OpenedBy" TEXT NOT NULL,
    "OpenedAt" TEXT NOT NULL,
    "LockedBy" TEXT NULL,
    "LockedAt" TEXT NULL
);

CREATE TABLE "assignments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_assignments" PRIMARY KEY AUTOINCREMENT,
    "PeriodId" INTEGER NOT NULL,
    "NodePosition" INTEGER NOT NULL,
    "InstitutionKey" TEXT NOT NULL,
    "InstitutionName" TEXT NOT NULL,
    CONSTRAINT "FK_assignments_periods_PeriodId" FOREIGN KEY ("PeriodId") REFERENCES "periods" ("Id") ON DELETE CASCADE
);

CREATE TABLE "entries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_entries" PRIMARY KEY AUTOINCREMENT,
    "AssignmentId" INTEGER NOT NULL,
    "IndicatorIndex" INTEGER NOT NULL,
    "Raw" TEXT NULL,
    "Kind" TEXT NULL,
    "Number" TEXT NULL,
    "Comment" TEXT NULL,
    "State" TEXT NOT NULL,
    "ReviewComment" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_entries_assignments_AssignmentId" FOREIGN KEY ("AssignmentId") REFERENCES "assignments" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_audit_Entity_EntityKey" ON "audit" ("Entity", "EntityKey");

CREATE INDEX "IX_assignments_InstitutionKey" ON "assignments" ("InstitutionKey");

CREATE UNIQUE INDEX "IX_assignments_PeriodId_NodePosition" ON "assignments" ("PeriodId", "NodePosition");

CREATE UNIQUE INDEX "IX_entries_AssignmentId_IndicatorIndex" ON "entries" ("AssignmentId", "IndicatorIndex");

CREATE UNIQUE INDEX "IX_periods_DocumentKey_Year" ON "periods" ("DocumentKey", "Year");

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;

CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123232049_Monitoring', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "publications" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_publications" PRIMARY KEY AUTOINCREMENT,
    "DocumentKey" TEXT NOT NULL,
    "DocumentTitle" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "PublishedBy" TEXT NOT NULL,
    "PublishedAt" TEXT NOT NULL,
    "WithdrawnBy" TEXT NULL,
    "WithdrawnAt" TEXT NULL,
    "WithdrawalReason" TEXT NULL
);

CREATE TABLE "publication_files" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_publication_files" PRIMARY KEY AUTOINCREMENT,
    "PublicationId" INTEGER NOT NULL,
    "Format" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    CONSTRAINT "FK_publication_files_publications_PublicationId" FOREIGN KEY ("PublicationId") REFERENCES "publications" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_publication_files_PublicationId_Format" ON "publication_files" ("PublicationId", "Format");

CREATE INDEX "IX_publications_DocumentKey_Kind_Year" ON "publications" ("DocumentKey", "Kind", "Year");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124012346_Publications', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "ozps_values" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ozps_values" PRIMARY KEY AUTOINCREMENT,
    "UnitCode" TEXT NOT NULL,
    "TableCode" TEXT NOT NULL,
    "RowCode" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Forecast" INTEGER NOT NULL,
    "Raw" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Number" TEXT NULL,
    "Comment" TEXT NULL,
    "Synthetic" INTEGER NOT NULL,
    "SourceFile" TEXT NULL,
    "SourceLine" INTEGER NULL
);

CREATE UNIQUE INDEX "IX_ozps_values_UnitCode_TableCode_RowCode_Year_Forecast" ON "ozps_values" ("UnitCode", "TableCode", "RowCode", "Year", "Forecast");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124014734_Ozps', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TRIGGER audit_no_replace BEFORE INSERT ON audit WHEN EXISTS (SELECT 1 FROM audit WHERE Id = NEW.Id) BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201140000_AuditNoReplace', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "entries" ADD "DetachedIndicator" TEXT NULL;

ALTER TABLE "documents" ADD "Version" INTEGER NOT NULL DEFAULT 1;

ALTER TABLE "assignments" ADD "DetachedNode" TEXT NULL;

CREATE TABLE "document_versions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_document_versions" PRIMARY KEY AUTOINCREMENT,
    "DocumentKey" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "SourceFile" TEXT NULL,
    "ImportedAt" TEXT NOT NULL,
    "ImportedBy" TEXT NOT NULL,
    "Changes" TEXT NOT NULL,
    "Content" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_document_versions_DocumentKey_Version" ON "document_versions" ("DocumentKey", "Version");

CREATE TABLE "ef_temp_entries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_entries" PRIMARY KEY AUTOINCREMENT,
    "AssignmentId" INTEGER NOT NULL,
    "Comment" TEXT NULL,
    "DetachedIndicator" TEXT NULL,
    "IndicatorIndex" INTEGER NULL,
    "Kind" TEXT NULL,
    "Number" TEXT NULL,
    "Raw" TEXT NULL,
    "ReviewComment" TEXT NULL,
    "State" TEXT NOT NULL,
    "UpdatedAt" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_entries_assignments_AssignmentId" FOREIGN KEY ("AssignmentId") REFERENCES "assignments" ("Id") ON DELETE CASCADE
);

INSERT INTO "ef_temp_entries" ("Id", "AssignmentId", "Comment", "DetachedIndicator", "IndicatorIndex", "Kind", "Number", "Raw", "ReviewComment", "State", "UpdatedAt", "UpdatedBy", "Version")
SELECT "Id", "AssignmentId", "Comment", "DetachedIndicator", "IndicatorIndex", "Kind", "Number", "Raw", "ReviewComment", "State", "UpdatedAt", "UpdatedBy", "Version"
FROM "entries";

CREATE TABLE "ef_temp_assignments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_assignments" PRIMARY KEY AUTOINCREMENT,
    "DetachedNode" TEXT NULL,
    "InstitutionKey" TEXT NOT NULL,
    "InstitutionName" TEXT NOT NULL,
    "NodePosition" INTEGER NULL,
    "PeriodId" INTEGER NOT NULL,
    CONSTRAINT "FK_assignments_periods_PeriodId" FOREIGN KEY ("PeriodId") REFERENCES "periods" ("Id") ON DELETE CASCADE
);

INSERT INTO "ef_temp_assignments" ("Id", "DetachedNode", "InstitutionKey", "InstitutionName", "NodePosition", "PeriodId")
SELECT "Id", "DetachedNode", "InstitutionKey", "InstitutionName", "NodePosition", "PeriodId"
FROM "assignments";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "entries";

ALTER TABLE "ef_temp_entries" RENAME TO "entries";

DROP TABLE "assignments";

ALTER TABLE "ef_temp_assignments" RENAME TO "assignments";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE UNIQUE INDEX "IX_entries_AssignmentId_IndicatorIndex" ON "entries" ("AssignmentId", "IndicatorIndex");

CREATE INDEX "IX_assignments_InstitutionKey" ON "assignments" ("InstitutionKey");

CREATE UNIQUE INDEX "IX_assignments_PeriodId_NodePosition" ON "assignments" ("PeriodId", "NodePosition");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201154207_DocumentVersions', '10.0.15');

BEGIN TRANSACTION;
INSERT INTO document_versions ("DocumentKey", "Version", "Title", "SourceFile", "ImportedAt", "ImportedBy", "Changes", "Content")
SELECT "Key", 1, "Title", "SourceFile", "ImportedAt", "ImportedBy", 'pierwsza wersja', "Content" FROM documents;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201154300_DocumentVersionsBackfill', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "audit" ADD "Hash" TEXT NULL;

ALTER TABLE "audit" ADD "Sequence" INTEGER NULL;

CREATE UNIQUE INDEX "IX_audit_Sequence" ON "audit" ("Sequence");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201160502_AuditChain', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "setup_codes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_setup_codes" PRIMARY KEY AUTOINCREMENT,
    "Email" TEXT NOT NULL,
    "CodeHash" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "UsedAt" TEXT NULL
);

CREATE UNIQUE INDEX "IX_setup_codes_CodeHash" ON "setup_codes" ("CodeHash");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201161502_SetupCodes', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201162419_DataProtectionKeys', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "periods" ADD "Deadline" TEXT NULL;

ALTER TABLE "periods" ADD "GraceDays" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "periods" ADD "Message" TEXT NULL;

CREATE TABLE "deadline_extensions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_deadline_extensions" PRIMARY KEY AUTOINCREMENT,
    "PeriodId" INTEGER NOT NULL,
    "InstitutionKey" TEXT NOT NULL,
    "InstitutionName" TEXT NOT NULL,
    "Until" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "GrantedBy" TEXT NOT NULL,
    "GrantedAt" TEXT NOT NULL,
    CONSTRAINT "FK_deadline_extensions_periods_PeriodId" FOREIGN KEY ("PeriodId") REFERENCES "periods" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_deadline_extensions_PeriodId_InstitutionKey" ON "deadline_extensions" ("PeriodId", "InstitutionKey");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201204534_CampaignSettings', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "action_reports" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_action_reports" PRIMARY KEY AUTOINCREMENT,
    "AssignmentId" INTEGER NOT NULL,
    "Step" INTEGER NULL,
    "Description" TEXT NULL,
    "SpentTotal" TEXT NULL,
    "SpentState" TEXT NULL,
    "SpentGmina" TEXT NULL,
    "SpentOther" TEXT NULL,
    "TermKept" INTEGER NULL,
    "TermNote" TEXT NULL,
    "State" TEXT NOT NULL,
    "ReviewComment" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_action_reports_assignments_AssignmentId" FOREIGN KEY ("AssignmentId") REFERENCES "assignments" ("Id") ON DELETE CASCADE
);

CREATE TABLE "progress_scales" (
    "DocumentKey" TEXT NOT NULL CONSTRAINT "PK_progress_scales" PRIMARY KEY,
    "Labels" TEXT NOT NULL,
    "ChangedBy" TEXT NOT NULL,
    "ChangedAt" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_action_reports_AssignmentId" ON "action_reports" ("AssignmentId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201213742_ActionReports', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "outbox" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_outbox" PRIMARY KEY AUTOINCREMENT,
    "Kind" TEXT NOT NULL,
    "To" TEXT NOT NULL,
    "ToName" TEXT NULL,
    "Subject" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "Html" TEXT NOT NULL,
    "Key" TEXT NULL,
    "About" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "LastError" TEXT NULL,
    "SentAt" TEXT NULL,
    "DueAt" INTEGER NOT NULL,
    "ClaimedUntil" INTEGER NULL
);

CREATE UNIQUE INDEX "IX_outbox_Key" ON "outbox" ("Key");

CREATE INDEX "IX_outbox_Kind_About" ON "outbox" ("Kind", "About");

CREATE INDEX "IX_outbox_State_DueAt" ON "outbox" ("State", "DueAt");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201233154_Outbox', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "attachments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_attachments" PRIMARY KEY AUTOINCREMENT,
    "PeriodId" INTEGER NOT NULL,
    "InstitutionKey" TEXT NOT NULL,
    "EntryId" INTEGER NULL,
    "FileName" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    "UploadedAt" TEXT NOT NULL,
    CONSTRAINT "FK_attachments_entries_EntryId" FOREIGN KEY ("EntryId") REFERENCES "entries" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_attachments_periods_PeriodId" FOREIGN KEY ("PeriodId") REFERENCES "periods" ("Id") ON DELETE CASCADE
);

CREATE TABLE "entry_messages" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_entry_messages" PRIMARY KEY AUTOINCREMENT,
    "EntryId" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "Account" TEXT NOT NULL,
    "FromReviewer" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    CONSTRAINT "FK_entry_messages_entries_EntryId" FOREIGN KEY ("EntryId") REFERENCES "entries" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_attachments_EntryId" ON "attachments" ("EntryId");

CREATE INDEX "IX_attachments_PeriodId_InstitutionKey" ON "attachments" ("PeriodId", "InstitutionKey");

CREATE INDEX "IX_entry_messages_EntryId" ON "entry_messages" ("EntryId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202000706_Evidence', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "mappings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_mappings" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "DocumentKey" TEXT NOT NULL,
    "Content" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL
);

CREATE TABLE "uploads" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_uploads" PRIMARY KEY,
    "User" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "UploadedAt" INTEGER NOT NULL
);

CREATE INDEX "IX_mappings_DocumentKey" ON "mappings" ("DocumentKey");

CREATE UNIQUE INDEX "IX_mappings_Name" ON "mappings" ("Name");

CREATE INDEX "IX_uploads_User" ON "uploads" ("User");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202020627_WizardMappings', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "document_versions" ADD "Resolution" TEXT NULL;

CREATE TABLE "drafts" (
    "DocumentKey" TEXT NOT NULL CONSTRAINT "PK_drafts" PRIMARY KEY,
    "BaseVersion" INTEGER NOT NULL,
    "Revision" INTEGER NOT NULL,
    "Content" TEXT NOT NULL,
    "Log" TEXT NOT NULL,
    "StartedBy" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202043105_StrategyDrafts', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "register_entries" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_register_entries" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "TerritorialUnitCode" TEXT NULL,
    "Email" TEXT NULL,
    "MergedInto" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL
);

CREATE TABLE "register_merges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_register_merges" PRIMARY KEY AUTOINCREMENT,
    "From" TEXT NOT NULL,
    "Into" TEXT NOT NULL,
    "Moved" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "By" TEXT NOT NULL,
    "UndoneAt" TEXT NULL,
    "UndoneBy" TEXT NULL
);

CREATE INDEX "IX_register_entries_MergedInto" ON "register_entries" ("MergedInto");

CREATE INDEX "IX_register_merges_From" ON "register_merges" ("From");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202050559_InstitutionRegister', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "public_strategies" (
    "DocumentKey" TEXT NOT NULL CONSTRAINT "PK_public_strategies" PRIMARY KEY,
    "PublishedAt" TEXT NOT NULL,
    "PublishedBy" TEXT NOT NULL
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202052542_PublicStrategies', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "AspNetUsers" ADD "AreaCode" TEXT NULL;

CREATE TABLE "ozps_assessments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ozps_assessments" PRIMARY KEY AUTOINCREMENT,
    "UnitCode" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "State" TEXT NOT NULL,
    "Conclusions" TEXT NULL,
    "ReturnReason" TEXT NULL,
    "SubmittedAt" TEXT NULL,
    "ChangedBy" TEXT NOT NULL,
    "ChangedAt" TEXT NOT NULL,
    "Revision" INTEGER NOT NULL
);

CREATE TABLE "ozps_campaigns" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ozps_campaigns" PRIMARY KEY AUTOINCREMENT,
    "RegionCode" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "State" TEXT NOT NULL,
    "Deadline" TEXT NULL,
    "CouncilDeadline" TEXT NULL,
    "GraceDays" INTEGER NOT NULL,
    "Message" TEXT NULL,
    "OpenedBy" TEXT NOT NULL,
    "OpenedAt" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_ozps_assessments_UnitCode_Year" ON "ozps_assessments" ("UnitCode", "Year");

CREATE UNIQUE INDEX "IX_ozps_campaigns_RegionCode_Year" ON "ozps_campaigns" ("RegionCode", "Year");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202072221_OzpsAssessments', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "ozps_recommendations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ozps_recommendations" PRIMARY KEY AUTOINCREMENT,
    "UnitCode" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL
);

CREATE TABLE "ozps_recommendation_links" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ozps_recommendation_links" PRIMARY KEY AUTOINCREMENT,
    "RecommendationId" INTEGER NOT NULL,
    "DocumentKey" TEXT NOT NULL,
    "NodeId" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    CONSTRAINT "FK_ozps_recommendation_links_ozps_recommendations_RecommendationId" FOREIGN KEY ("RecommendationId") REFERENCES "ozps_recommendations" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ozps_recommendation_links_DocumentKey_NodeId" ON "ozps_recommendation_links" ("DocumentKey", "NodeId");

CREATE UNIQUE INDEX "IX_ozps_recommendation_links_RecommendationId_DocumentKey_NodeId" ON "ozps_recommendation_links" ("RecommendationId", "DocumentKey", "NodeId");

CREATE INDEX "IX_ozps_recommendations_UnitCode_Year" ON "ozps_recommendations" ("UnitCode", "Year");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202081431_OzpsRecommendations', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "ozps_region_stamps" (
    "RegionCode" TEXT NOT NULL CONSTRAINT "PK_ozps_region_stamps" PRIMARY KEY,
    "Stamp" TEXT NOT NULL
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202082316_OzpsRegionStamps', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "publishing_jobs" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_publishing_jobs" PRIMARY KEY AUTOINCREMENT,
    "DocumentKey" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "WithoutValues" INTEGER NOT NULL,
    "RequestedBy" TEXT NOT NULL,
    "RequestedAt" TEXT NOT NULL,
    "State" INTEGER NOT NULL,
    "FormatsDone" INTEGER NOT NULL,
    "StartedAt" TEXT NULL,
    "FinishedAt" TEXT NULL,
    "PublicationId" INTEGER NULL,
    "ErrorCode" TEXT NULL,
    "ErrorMessage" TEXT NULL
);

CREATE INDEX "IX_publishing_jobs_State" ON "publishing_jobs" ("State");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202135636_PublishingJobs', '10.0.15');

COMMIT;

