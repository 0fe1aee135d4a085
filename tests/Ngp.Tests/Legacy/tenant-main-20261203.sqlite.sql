CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);

CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NULL,
    "CreatedUtc" INTEGER NOT NULL,
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
    "LockoutEnd" INTEGER NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);

CREATE TABLE "Invitations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Invitations" PRIMARY KEY AUTOINCREMENT,
    "Email" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "CreatedUtc" INTEGER NOT NULL,
    "ExpiresUtc" INTEGER NOT NULL,
    "AcceptedUtc" INTEGER NULL,
    "InvitedBy" TEXT NULL
);

CREATE TABLE "Leases" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Leases" PRIMARY KEY AUTOINCREMENT,
    "Reference" TEXT NOT NULL,
    "Building" TEXT NOT NULL,
    "Postcode" TEXT NOT NULL,
    "ImportedUtc" INTEGER NOT NULL
);

CREATE TABLE "OutboxMessages" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OutboxMessages" PRIMARY KEY AUTOINCREMENT,
    "Type" TEXT NOT NULL,
    "Payload" TEXT NOT NULL,
    "CreatedUtc" INTEGER NOT NULL,
    "ProcessedUtc" INTEGER NULL
);

CREATE TABLE "SiteSettings" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_SiteSettings" PRIMARY KEY,
    "Value" TEXT NOT NULL
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

CREATE TABLE "LeaseHolders" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_LeaseHolders" PRIMARY KEY AUTOINCREMENT,
    "LeaseId" INTEGER NOT NULL,
    "UserId" TEXT NOT NULL,
    "Slot" INTEGER NOT NULL,
    "CreatedUtc" INTEGER NOT NULL,
    CONSTRAINT "FK_LeaseHolders_Leases_LeaseId" FOREIGN KEY ("LeaseId") REFERENCES "Leases" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");

CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");

CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");

CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");

CREATE UNIQUE INDEX "IX_Invitations_TokenHash" ON "Invitations" ("TokenHash");

CREATE UNIQUE INDEX "IX_LeaseHolders_LeaseId_Slot" ON "LeaseHolders" ("LeaseId", "Slot");

CREATE UNIQUE INDEX "IX_LeaseHolders_UserId" ON "LeaseHolders" ("UserId");

CREATE UNIQUE INDEX "IX_Leases_Reference" ON "Leases" ("Reference");

CREATE INDEX "IX_OutboxMessages_ProcessedUtc_Id" ON "OutboxMessages" ("ProcessedUtc", "Id");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261125183751_Initial', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "ContentItemVersions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ContentItemVersions" PRIMARY KEY AUTOINCREMENT,
    "ContentItemId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Latest" INTEGER NOT NULL,
    "Published" INTEGER NOT NULL,
    "DisplayText" TEXT NOT NULL,
    "Slug" TEXT NULL,
    "Ambition" INTEGER NULL,
    "OwnerId" TEXT NOT NULL,
    "AuthorId" TEXT NOT NULL,
    "CreatedUtc" INTEGER NOT NULL,
    "ModifiedUtc" INTEGER NOT NULL,
    "PublishedUtc" INTEGER NULL,
    "ScheduledUtc" INTEGER NULL,
    "Data" TEXT NOT NULL
);

CREATE TABLE "ContentSlugs" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ContentSlugs" PRIMARY KEY AUTOINCREMENT,
    "ContentType" TEXT NOT NULL,
    "Slug" TEXT NOT NULL,
    "ContentItemId" TEXT NOT NULL,
    "IsCurrent" INTEGER NOT NULL
);

CREATE TABLE "ContentTypes" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_ContentTypes" PRIMARY KEY,
    "Json" TEXT NOT NULL,
    "UpdatedUtc" INTEGER NOT NULL
);

CREATE TABLE "ContentTags" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ContentTags" PRIMARY KEY AUTOINCREMENT,
    "VersionId" INTEGER NOT NULL,
    "Tag" TEXT NOT NULL,
    CONSTRAINT "FK_ContentTags_ContentItemVersions_VersionId" FOREIGN KEY ("VersionId") REFERENCES "ContentItemVersions" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ContentItemVersions_Ambition" ON "ContentItemVersions" ("Ambition");

CREATE UNIQUE INDEX "IX_ContentItemVersions_ContentItemId_Number" ON "ContentItemVersions" ("ContentItemId", "Number");

CREATE INDEX "IX_ContentItemVersions_ContentType_Latest_Status_ModifiedUtc" ON "ContentItemVersions" ("ContentType", "Latest", "Status", "ModifiedUtc");

CREATE INDEX "IX_ContentItemVersions_ContentType_Published_PublishedUtc" ON "ContentItemVersions" ("ContentType", "Published", "PublishedUtc");

CREATE INDEX "IX_ContentItemVersions_ContentType_Slug" ON "ContentItemVersions" ("ContentType", "Slug");

CREATE UNIQUE INDEX "IX_ContentItemVersions_OneLatest" ON "ContentItemVersions" ("ContentItemId") WHERE "Latest";

CREATE UNIQUE INDEX "IX_ContentItemVersions_OnePublished" ON "ContentItemVersions" ("ContentItemId") WHERE "Published";

CREATE INDEX "IX_ContentItemVersions_OwnerId" ON "ContentItemVersions" ("OwnerId");

CREATE INDEX "IX_ContentItemVersions_Status_ScheduledUtc" ON "ContentItemVersions" ("Status", "ScheduledUtc");

CREATE INDEX "IX_ContentSlugs_ContentItemId" ON "ContentSlugs" ("ContentItemId");

CREATE UNIQUE INDEX "IX_ContentSlugs_ContentType_Slug" ON "ContentSlugs" ("ContentType", "Slug");

CREATE INDEX "IX_ContentTags_Tag_VersionId" ON "ContentTags" ("Tag", "VersionId");

CREATE INDEX "IX_ContentTags_VersionId" ON "ContentTags" ("VersionId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261125192437_Contents', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "OutboxCursors" (
    "Consumer" TEXT NOT NULL CONSTRAINT "PK_OutboxCursors" PRIMARY KEY,
    "LastEventId" INTEGER NOT NULL,
    "LeaseOwner" TEXT NULL,
    "LeaseUntilTicks" INTEGER NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "RetryAfterTicks" INTEGER NOT NULL,
    "LastError" TEXT NULL
);

CREATE TABLE "OutboxFailures" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OutboxFailures" PRIMARY KEY AUTOINCREMENT,
    "Consumer" TEXT NOT NULL,
    "EventId" INTEGER NOT NULL,
    "EventType" TEXT NOT NULL,
    "Error" TEXT NOT NULL,
    "FailedUtc" INTEGER NOT NULL
);

CREATE INDEX "IX_OutboxFailures_Consumer_EventId" ON "OutboxFailures" ("Consumer", "EventId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261125210514_OutboxCursors', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "CommentBlocks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CommentBlocks" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "UntilUtc" INTEGER NOT NULL,
    "ModeratorId" TEXT NOT NULL,
    "CreatedUtc" INTEGER NOT NULL
);

CREATE TABLE "Comments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Comments" PRIMARY KEY AUTOINCREMENT,
    "ContentItemId" TEXT NOT NULL,
    "ParentId" INTEGER NULL,
    "Depth" INTEGER NOT NULL,
    "AuthorId" TEXT NOT NULL,
    "Stance" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "Proposal" TEXT NULL,
    "Status" TEXT NOT NULL,
    "ReportCount" INTEGER NOT NULL,
    "CreatedUtc" INTEGER NOT NULL,
    "EditedUtc" INTEGER NULL,
    CONSTRAINT "FK_Comments_Comments_ParentId" FOREIGN KEY ("ParentId") REFERENCES "Comments" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Follows" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Follows" PRIMARY KEY AUTOINCREMENT,
    "ContentItemId" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "Automatic" INTEGER NOT NULL,
    "CreatedUtc" INTEGER NOT NULL
);

CREATE TABLE "IndexingTasks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_IndexingTasks" PRIMARY KEY AUTOINCREMENT,
    "ContentItemId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "CreatedUtc" INTEGER NOT NULL
);

CREATE TABLE "MeetingAttendances" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_MeetingAttendances" PRIMARY KEY AUTOINCREMENT,
    "MeetingId" TEXT NOT NULL,
    "UserId" TEXT NOT NULL
);

CREATE TABLE "MeetingRegistrations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_MeetingRegistrations" PRIMARY KEY AUTOINCREMENT,
    "MeetingId" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CreatedUtc" INTEGER NOT NULL,
    "PromotedUtc" INTEGER NULL,
    "CancelledUtc" INTEGER NULL
);

CREATE TABLE "Meetings" (
    "MeetingId" TEXT NOT NULL CONSTRAINT "PK_Meetings" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "Slug" TEXT NULL,
    "Kind" TEXT NOT NULL,
    "StartUtc" INTEGER NOT NULL,
    "EndUtc" INTEGER NOT NULL,
    "Place" TEXT NULL,
    "OnlineUrl" TEXT NULL,
    "Capacity" INTEGER NULL,
    "RegisteredCount" INTEGER NOT NULL,
    "ProjectId" TEXT NULL,
    "OrganiserId" TEXT NOT NULL,
    "Published" INTEGER NOT NULL,
    "EndRaised" INTEGER NOT NULL,
    "ClosedUtc" INTEGER NULL,
    "AnonymousAttendees" INTEGER NOT NULL,
    "SynthesisId" TEXT NULL,
    "SynthesisPublishedUtc" INTEGER NULL
);

CREATE TABLE "NotificationDigestEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_NotificationDigestEntries" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "Frequency" INTEGER NOT NULL,
    "Event" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Text" TEXT NULL,
    "Url" TEXT NULL,
    "ContentItemId" TEXT NULL,
    "IdempotencyKey" TEXT NOT NULL,
    "CreatedTicks" INTEGER NOT NULL,
    "DigestedTicks" INTEGER NULL
);

CREATE TABLE "NotificationEmails" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_NotificationEmails" PRIMARY KEY AUTOINCREMENT,
    "Recipient" TEXT NOT NULL,
    "RecipientName" TEXT NULL,
    "UserId" TEXT NULL,
    "Kind" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "HtmlBody" TEXT NOT NULL,
    "TextBody" TEXT NOT NULL,
    "UnsubscribeUrl" TEXT NULL,
    "IdempotencyKey" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "NextAttemptTicks" INTEGER NOT NULL,
    "LastError" TEXT NULL,
    "LeaseOwner" TEXT NULL,
    "LeaseUntilTicks" INTEGER NOT NULL,
    "CreatedUtc" INTEGER NOT NULL,
    "SentUtc" INTEGER NULL
);

CREATE TABLE "NotificationOptOuts" (
    "Email" TEXT NOT NULL CONSTRAINT "PK_NotificationOptOuts" PRIMARY KEY,
    "CreatedUtc" INTEGER NOT NULL
);

CREATE TABLE "NotificationPreferences" (
    "UserId" TEXT NOT NULL CONSTRAINT "PK_NotificationPreferences" PRIMARY KEY,
    "Frequency" INTEGER NOT NULL,
    "Unsubscribed" INTEGER NOT NULL,
    "Culture" TEXT NULL,
    "UpdatedUtc" INTEGER NOT NULL
);

CREATE TABLE "Notifications" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Notifications" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "Event" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Text" TEXT NULL,
    "Url" TEXT NULL,
    "ContentItemId" TEXT NULL,
    "IdempotencyKey" TEXT NOT NULL,
    "CreatedUtc" INTEGER NOT NULL,
    "ReadUtc" INTEGER NULL
);

CREATE TABLE "NotificationSmtpSettings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_NotificationSmtpSettings" PRIMARY KEY,
    "Host" TEXT NULL,
    "Port" INTEGER NOT NULL,
    "TlsMode" INTEGER NOT NULL,
    "UserName" TEXT NULL,
    "ProtectedPassword" TEXT NULL,
    "SenderName" TEXT NULL,
    "SenderAddress" TEXT NULL
);

CREATE TABLE "NotificationTemplates" (
    "Kind" TEXT NOT NULL,
    "Culture" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Html" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "UpdatedUtc" INTEGER NOT NULL,
    CONSTRAINT "PK_NotificationTemplates" PRIMARY KEY ("Kind", "Culture")
);

CREATE TABLE "NotificationUsedUnsubscribeLinks" (
    "Nonce" TEXT NOT NULL CONSTRAINT "PK_NotificationUsedUnsubscribeLinks" PRIMARY KEY,
    "UsedUtc" INTEGER NOT NULL
);

CREATE TABLE "ParticipationStates" (
    "ContentItemId" TEXT NOT NULL CONSTRAINT "PK_ParticipationStates" PRIMARY KEY,
    "OpenedAnnounced" INTEGER NOT NULL,
    "ClosedAnnounced" INTEGER NOT NULL,
    "Phase" TEXT NULL,
    "IndicatorsSignature" TEXT NULL
);

CREATE TABLE "Votes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Votes" PRIMARY KEY AUTOINCREMENT,
    "ContentItemId" TEXT NOT NULL,
    "QuestionId" TEXT NOT NULL,
    "VoterKey" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "OptionIds" TEXT NOT NULL,
    "LeaseReference" TEXT NULL,
    "Building" TEXT NULL,
    "CreatedUtc" INTEGER NOT NULL,
    "UpdatedUtc" INTEGER NOT NULL
);

CREATE TABLE "WorkflowBlockingActivities" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkflowBlockingActivities" PRIMARY KEY AUTOINCREMENT,
    "InstanceId" TEXT NOT NULL,
    "ActivityId" TEXT NOT NULL,
    "DueTicks" INTEGER NULL,
    "EventType" TEXT NULL,
    "CorrelationId" TEXT NULL
);

CREATE TABLE "WorkflowInstances" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_WorkflowInstances" PRIMARY KEY,
    "WorkflowTypeId" TEXT NOT NULL,
    "TypeVersion" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "CorrelationId" TEXT NULL,
    "State" TEXT NOT NULL,
    "DueTicks" INTEGER NULL,
    "Fault" TEXT NULL,
    "CreatedUtc" INTEGER NOT NULL,
    "ModifiedUtc" INTEGER NOT NULL,
    "FinishedUtc" INTEGER NULL,
    "LeaseOwner" TEXT NULL,
    "LeaseUntilTicks" INTEGER NOT NULL
);

CREATE TABLE "WorkflowJournal" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkflowJournal" PRIMARY KEY AUTOINCREMENT,
    "InstanceId" TEXT NOT NULL,
    "ActivityId" TEXT NOT NULL,
    "ActivityType" TEXT NOT NULL,
    "Outcome" TEXT NOT NULL,
    "Utc" INTEGER NOT NULL
);

CREATE TABLE "WorkflowTypes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_WorkflowTypes" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Enabled" INTEGER NOT NULL,
    "Singleton" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    "StartEvent" TEXT NOT NULL,
    "Definition" TEXT NOT NULL,
    "ModifiedUtc" INTEGER NOT NULL,
    "NextTimerTicks" INTEGER NULL,
    "LeaseOwner" TEXT NULL,
    "LeaseUntilTicks" INTEGER NOT NULL
);

CREATE TABLE "WorkflowWakeups" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkflowWakeups" PRIMARY KEY AUTOINCREMENT,
    "InstanceId" TEXT NOT NULL,
    "BlockingActivityId" INTEGER NOT NULL,
    "EventType" TEXT NOT NULL,
    "Payload" TEXT NOT NULL,
    "CreatedUtc" INTEGER NOT NULL
);

CREATE TABLE "CommentReports" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CommentReports" PRIMARY KEY AUTOINCREMENT,
    "CommentId" INTEGER NOT NULL,
    "UserId" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "CreatedUtc" INTEGER NOT NULL,
    "Resolved" INTEGER NOT NULL,
    CONSTRAINT "FK_CommentReports_Comments_CommentId" FOREIGN KEY ("CommentId") REFERENCES "Comments" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ProposalSupports" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ProposalSupports" PRIMARY KEY AUTOINCREMENT,
    "CommentId" INTEGER NOT NULL,
    "UserId" TEXT NOT NULL,
    "CreatedUtc" INTEGER NOT NULL,
    CONSTRAINT "FK_ProposalSupports_Comments_CommentId" FOREIGN KEY ("CommentId") REFERENCES "Comments" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_CommentBlocks_UserId_UntilUtc" ON "CommentBlocks" ("UserId", "UntilUtc");

CREATE UNIQUE INDEX "IX_CommentReports_CommentId_UserId" ON "CommentReports" ("CommentId", "UserId");

CREATE INDEX "IX_Comments_AuthorId" ON "Comments" ("AuthorId");

CREATE INDEX "IX_Comments_ContentItemId_CreatedUtc" ON "Comments" ("ContentItemId", "CreatedUtc");

CREATE INDEX "IX_Comments_ParentId" ON "Comments" ("ParentId");

CREATE INDEX "IX_Comments_Status_ReportCount" ON "Comments" ("Status", "ReportCount");

CREATE UNIQUE INDEX "IX_Follows_ContentItemId_UserId" ON "Follows" ("ContentItemId", "UserId");

CREATE INDEX "IX_Follows_UserId" ON "Follows" ("UserId");

CREATE INDEX "IX_IndexingTasks_ContentItemId" ON "IndexingTasks" ("ContentItemId");

CREATE UNIQUE INDEX "IX_MeetingAttendances_MeetingId_UserId" ON "MeetingAttendances" ("MeetingId", "UserId");

CREATE INDEX "IX_MeetingRegistrations_MeetingId_Status_Id" ON "MeetingRegistrations" ("MeetingId", "Status", "Id");

CREATE UNIQUE INDEX "IX_MeetingRegistrations_MeetingId_UserId" ON "MeetingRegistrations" ("MeetingId", "UserId") WHERE "Status" <> 'Cancelled';

CREATE INDEX "IX_MeetingRegistrations_UserId" ON "MeetingRegistrations" ("UserId");

CREATE INDEX "IX_Meetings_EndRaised_EndUtc" ON "Meetings" ("EndRaised", "EndUtc");

CREATE INDEX "IX_Meetings_ProjectId" ON "Meetings" ("ProjectId");

CREATE INDEX "IX_Meetings_Published_StartUtc" ON "Meetings" ("Published", "StartUtc");

CREATE INDEX "IX_NotificationDigestEntries_Frequency_DigestedTicks_CreatedTicks" ON "NotificationDigestEntries" ("Frequency", "DigestedTicks", "CreatedTicks");

CREATE UNIQUE INDEX "IX_NotificationDigestEntries_UserId_IdempotencyKey" ON "NotificationDigestEntries" ("UserId", "IdempotencyKey");

CREATE UNIQUE INDEX "IX_NotificationEmails_Recipient_IdempotencyKey" ON "NotificationEmails" ("Recipient", "IdempotencyKey");

CREATE INDEX "IX_NotificationEmails_Status_NextAttemptTicks" ON "NotificationEmails" ("Status", "NextAttemptTicks");

CREATE UNIQUE INDEX "IX_Notifications_UserId_IdempotencyKey" ON "Notifications" ("UserId", "IdempotencyKey");

CREATE INDEX "IX_Notifications_UserId_ReadUtc" ON "Notifications" ("UserId", "ReadUtc");

CREATE UNIQUE INDEX "IX_ProposalSupports_CommentId_UserId" ON "ProposalSupports" ("CommentId", "UserId");

CREATE UNIQUE INDEX "IX_Votes_ContentItemId_QuestionId_VoterKey" ON "Votes" ("ContentItemId", "QuestionId", "VoterKey");

CREATE INDEX "IX_Votes_UserId" ON "Votes" ("UserId");

CREATE INDEX "IX_WorkflowBlockingActivities_EventType_CorrelationId" ON "WorkflowBlockingActivities" ("EventType", "CorrelationId");

CREATE INDEX "IX_WorkflowBlockingActivities_InstanceId" ON "WorkflowBlockingActivities" ("InstanceId");

CREATE INDEX "IX_WorkflowInstances_CorrelationId" ON "WorkflowInstances" ("CorrelationId");

CREATE INDEX "IX_WorkflowInstances_Status_DueTicks" ON "WorkflowInstances" ("Status", "DueTicks");

CREATE INDEX "IX_WorkflowInstances_WorkflowTypeId_CreatedUtc" ON "WorkflowInstances" ("WorkflowTypeId", "CreatedUtc");

CREATE INDEX "IX_WorkflowJournal_InstanceId_Id" ON "WorkflowJournal" ("InstanceId", "Id");

CREATE INDEX "IX_WorkflowTypes_StartEvent_Enabled" ON "WorkflowTypes" ("StartEvent", "Enabled");

CREATE INDEX "IX_WorkflowWakeups_InstanceId" ON "WorkflowWakeups" ("InstanceId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261125230331_ParticipationMeetingsNotificationsWorkflowsSearch', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "LoginFailures" (
    "AddressHash" TEXT NOT NULL CONSTRAINT "PK_LoginFailures" PRIMARY KEY,
    "FailedCount" INTEGER NOT NULL,
    "LockoutEnd" INTEGER NULL
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203072058_UnknownAddressLockout', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Votes" ADD "Channel" TEXT NULL;

ALTER TABLE "Leases" ADD "City" TEXT NULL;

ALTER TABLE "Leases" ADD "Dwelling" TEXT NULL;

ALTER TABLE "Leases" ADD "Street" TEXT NULL;

CREATE TABLE "LetterCodes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_LetterCodes" PRIMARY KEY AUTOINCREMENT,
    "CodeHash" TEXT NOT NULL,
    "ContentItemId" TEXT NOT NULL,
    "LeaseReference" TEXT NOT NULL,
    "Building" TEXT NOT NULL,
    "CreatedUtc" INTEGER NOT NULL,
    "ExpiresUtc" INTEGER NOT NULL,
    "UsedUtc" INTEGER NULL
);

CREATE INDEX "IX_Votes_ContentItemId_LeaseReference" ON "Votes" ("ContentItemId", "LeaseReference");

CREATE UNIQUE INDEX "IX_LetterCodes_CodeHash" ON "LetterCodes" ("CodeHash");

CREATE INDEX "IX_LetterCodes_ContentItemId_LeaseReference" ON "LetterCodes" ("ContentItemId", "LeaseReference");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203131738_Issue23LettersAndLeaseAddresses', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "ContentShortLinks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ContentShortLinks" PRIMARY KEY AUTOINCREMENT,
    "Code" TEXT NOT NULL,
    "ContentItemId" TEXT NOT NULL,
    "CreatedUtc" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "IX_ContentShortLinks_Code" ON "ContentShortLinks" ("Code");

CREATE UNIQUE INDEX "IX_ContentShortLinks_ContentItemId" ON "ContentShortLinks" ("ContentItemId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203132105_ContentShortLinksForPosters', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "MediaFiles" (
    "Path" TEXT NOT NULL CONSTRAINT "PK_MediaFiles" PRIMARY KEY,
    "MediaId" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Width" INTEGER NOT NULL,
    "Height" INTEGER NOT NULL,
    "Length" INTEGER NOT NULL,
    "Content" BLOB NOT NULL,
    "StoredUtc" INTEGER NOT NULL
);

CREATE INDEX "IX_MediaFiles_MediaId" ON "MediaFiles" ("MediaId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203135031_MediaFilesInDatabase', '10.0.15');

COMMIT;

