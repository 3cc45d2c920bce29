-- The schema the migrations make, for a new vault (coachdesk/vault/migrations/head_schema.py).
-- Made by `python -m coachdesk.vault.migrations.head_schema`; do not edit.

CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

CREATE TABLE audit_entry (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	entity VARCHAR NOT NULL, 
	entity_id CHAR(32), 
	action VARCHAR(32) NOT NULL, 
	fields VARCHAR NOT NULL, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_audit_entry_entity ON audit_entry (entity);

CREATE INDEX ix_audit_entry_entity_id ON audit_entry (entity_id);

CREATE TABLE coach_profile (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	name VARCHAR NOT NULL, 
	practice_name VARCHAR NOT NULL, 
	credentials VARCHAR NOT NULL, 
	qualifications VARCHAR NOT NULL, 
	professional_body VARCHAR NOT NULL, 
	code_of_ethics VARCHAR NOT NULL, 
	complaints_route VARCHAR NOT NULL, 
	email VARCHAR NOT NULL, 
	phone VARCHAR NOT NULL, 
	website VARCHAR NOT NULL, 
	address VARCHAR NOT NULL, 
	default_currency VARCHAR NOT NULL, 
	default_session_minutes INTEGER NOT NULL, country VARCHAR DEFAULT '' NOT NULL, data_protection_authority VARCHAR DEFAULT '' NOT NULL, platforms VARCHAR DEFAULT '' NOT NULL, processors VARCHAR DEFAULT '' NOT NULL, limitation_of_liability VARCHAR DEFAULT '' NOT NULL, tax_treatment VARCHAR(32) DEFAULT 'small_business' NOT NULL, default_vat_rate VARCHAR(32) DEFAULT '0' NOT NULL, tax_exemption_wording VARCHAR DEFAULT '' NOT NULL, invoice_number_pattern VARCHAR DEFAULT '{year}-{seq:4}' NOT NULL, vat_number VARCHAR DEFAULT '' NOT NULL, company_number VARCHAR DEFAULT '' NOT NULL, iban VARCHAR DEFAULT '' NOT NULL, bic VARCHAR DEFAULT '' NOT NULL, payment_terms_days INTEGER DEFAULT '14' NOT NULL, document_language VARCHAR DEFAULT 'en' NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE generated_document (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	kind VARCHAR(32) NOT NULL, 
	entity VARCHAR NOT NULL, 
	entity_id CHAR(32), 
	sha256 VARCHAR NOT NULL, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_generated_document_entity_id ON generated_document (entity_id);

CREATE TABLE organisation (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	name VARCHAR NOT NULL, 
	contact_name VARCHAR NOT NULL, 
	contact_role VARCHAR NOT NULL, 
	contact_email VARCHAR NOT NULL, 
	contact_phone VARCHAR NOT NULL, 
	billing_address VARCHAR NOT NULL, 
	notes VARCHAR NOT NULL, vat_number VARCHAR DEFAULT '' NOT NULL, company_number VARCHAR DEFAULT '' NOT NULL, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_organisation_name ON organisation (name);

CREATE TABLE professional (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	name VARCHAR NOT NULL, 
	profession VARCHAR NOT NULL, 
	specialties VARCHAR NOT NULL, 
	organisation VARCHAR NOT NULL, 
	email VARCHAR NOT NULL, 
	phone VARCHAR NOT NULL, 
	address VARCHAR NOT NULL, 
	pays_referral_fee BOOLEAN NOT NULL, 
	notes VARCHAR NOT NULL, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_professional_name ON professional (name);

CREATE TABLE client (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	name VARCHAR NOT NULL, 
	preferred_name VARCHAR NOT NULL, 
	email VARCHAR NOT NULL, 
	phone VARCHAR NOT NULL, 
	organisation_id CHAR(32), 
	role VARCHAR NOT NULL, 
	status VARCHAR(32) NOT NULL, 
	source VARCHAR NOT NULL, 
	tags VARCHAR NOT NULL, 
	intake_date DATE, 
	named_in_hours_log BOOLEAN NOT NULL, 
	private_notes VARCHAR NOT NULL, time_zone VARCHAR DEFAULT '' NOT NULL, billing_address VARCHAR DEFAULT '' NOT NULL, vat_number VARCHAR DEFAULT '' NOT NULL, company_number VARCHAR DEFAULT '' NOT NULL, document_language VARCHAR, 
	PRIMARY KEY (id), 
	FOREIGN KEY(organisation_id) REFERENCES organisation (id) ON DELETE SET NULL
);

CREATE INDEX ix_client_name ON client (name);

CREATE INDEX ix_client_organisation_id ON client (organisation_id);

CREATE TABLE boundary_incident (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	client_id CHAR(32) NOT NULL, 
	occurred_on DATE NOT NULL, 
	kind VARCHAR(32) NOT NULL, 
	description VARCHAR NOT NULL, 
	action_taken VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(client_id) REFERENCES client (id) ON DELETE CASCADE
);

CREATE INDEX ix_boundary_incident_client_id ON boundary_incident (client_id);

CREATE TABLE consent (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	client_id CHAR(32) NOT NULL, 
	scope VARCHAR(32) NOT NULL, 
	recipient VARCHAR NOT NULL, 
	granted_on DATE NOT NULL, 
	expires_on DATE, 
	withdrawn_on DATE, 
	evidence VARCHAR NOT NULL, shared_items VARCHAR(200) DEFAULT '' NOT NULL, shared_other VARCHAR DEFAULT '' NOT NULL, recipient_may_reply BOOLEAN DEFAULT 0 NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(client_id) REFERENCES client (id) ON DELETE CASCADE
);

CREATE INDEX ix_consent_client_id ON consent (client_id);

CREATE TABLE disclosure (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	client_id CHAR(32) NOT NULL, 
	disclosed_on DATE NOT NULL, 
	recipient VARCHAR NOT NULL, 
	basis VARCHAR(32) NOT NULL, 
	what_was_disclosed VARCHAR NOT NULL, 
	client_informed BOOLEAN NOT NULL, 
	client_informed_on DATE, 
	PRIMARY KEY (id), 
	FOREIGN KEY(client_id) REFERENCES client (id) ON DELETE CASCADE
);

CREATE INDEX ix_disclosure_client_id ON disclosure (client_id);

CREATE TABLE coaching_session (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	client_id CHAR(32) NOT NULL, 
	engagement_id CHAR(32), 
	starts_at VARCHAR(32) NOT NULL, 
	duration_minutes INTEGER NOT NULL, 
	format VARCHAR(32) NOT NULL, 
	is_group BOOLEAN NOT NULL, 
	group_size INTEGER NOT NULL, 
	paid BOOLEAN NOT NULL, 
	status VARCHAR(32) NOT NULL, 
	private_notes VARCHAR NOT NULL, 
	shared_summary VARCHAR NOT NULL, 
	concern_flags VARCHAR(200) NOT NULL, 
	finalised_at VARCHAR(32), 
	PRIMARY KEY (id), 
	FOREIGN KEY(client_id) REFERENCES client (id) ON DELETE CASCADE, 
	FOREIGN KEY(engagement_id) REFERENCES engagement (id) ON DELETE SET NULL
);

CREATE INDEX ix_coaching_session_client_status_start ON coaching_session (client_id, status, starts_at);

CREATE INDEX ix_coaching_session_engagement_id ON coaching_session (engagement_id);

CREATE TABLE goal (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	client_id CHAR(32) NOT NULL, 
	engagement_id CHAR(32), 
	origin VARCHAR(32) NOT NULL, 
	statement VARCHAR NOT NULL, 
	measure_of_success VARCHAR NOT NULL, 
	status VARCHAR(32) NOT NULL, 
	progress INTEGER NOT NULL, client_agreed_on DATE, sponsor_progress VARCHAR DEFAULT '' NOT NULL, sponsor_sees_percent BOOLEAN DEFAULT 0 NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(client_id) REFERENCES client (id) ON DELETE CASCADE, 
	FOREIGN KEY(engagement_id) REFERENCES engagement (id) ON DELETE SET NULL
);

CREATE INDEX ix_goal_client_id ON goal (client_id);

CREATE INDEX ix_goal_engagement_id ON goal (engagement_id);

CREATE TABLE action_item (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	client_id CHAR(32) NOT NULL, 
	session_id CHAR(32), 
	goal_id CHAR(32), 
	description VARCHAR NOT NULL, 
	owner VARCHAR(32) NOT NULL, 
	due_date DATE, 
	done BOOLEAN NOT NULL, 
	done_at VARCHAR(32), 
	PRIMARY KEY (id), 
	FOREIGN KEY(client_id) REFERENCES client (id) ON DELETE CASCADE, 
	FOREIGN KEY(goal_id) REFERENCES goal (id) ON DELETE SET NULL, 
	FOREIGN KEY(session_id) REFERENCES coaching_session (id) ON DELETE CASCADE
);

CREATE INDEX ix_action_item_client_id ON action_item (client_id);

CREATE INDEX ix_action_item_goal_id ON action_item (goal_id);

CREATE INDEX ix_action_item_session_id ON action_item (session_id);

CREATE TABLE note_amendment (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	session_id CHAR(32) NOT NULL, 
	text VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(session_id) REFERENCES coaching_session (id) ON DELETE CASCADE
);

CREATE INDEX ix_note_amendment_session_id ON note_amendment (session_id);

CREATE TABLE search_entry (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, ref CHAR(32) NOT NULL UNIQUE, client_ref CHAR(32));

CREATE INDEX ix_search_entry_client_ref ON search_entry (client_ref);

CREATE VIEW search_source AS SELECT e.id AS id, t.name || ' ' || t.preferred_name AS title, t.email || ' ' || t.role || ' ' || t.tags || ' ' || t.private_notes AS body FROM search_entry AS e JOIN client AS t ON t.id = e.ref WHERE e.kind = 'client' UNION ALL SELECT e.id AS id, '' AS title, t.private_notes || ' ' || t.shared_summary AS body FROM search_entry AS e JOIN coaching_session AS t ON t.id = e.ref WHERE e.kind = 'session' UNION ALL SELECT e.id AS id, '' AS title, t.text AS body FROM search_entry AS e JOIN note_amendment AS t ON t.id = e.ref WHERE e.kind = 'amendment' UNION ALL SELECT e.id AS id, t.statement AS title, t.measure_of_success AS body FROM search_entry AS e JOIN goal AS t ON t.id = e.ref WHERE e.kind = 'goal' UNION ALL SELECT e.id AS id, t.description AS title, '' AS body FROM search_entry AS e JOIN action_item AS t ON t.id = e.ref WHERE e.kind = 'action_item';

CREATE VIRTUAL TABLE search_text USING fts5(title, body, content = 'search_source', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER coaching_session_finalised_notes BEFORE UPDATE OF private_notes, finalised_at ON coaching_session WHEN OLD.finalised_at IS NOT NULL AND (NEW.private_notes IS NOT OLD.private_notes OR NEW.finalised_at IS NULL) BEGIN SELECT RAISE(ABORT, 'finalised session notes cannot be changed; add an amendment'); END;

CREATE TABLE practice_setting (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	"key" VARCHAR NOT NULL, 
	value VARCHAR NOT NULL, 
	PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_practice_setting_key ON practice_setting ("key");

CREATE TABLE retention_hold (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	client_id CHAR(32) NOT NULL, 
	decided_on DATE NOT NULL, 
	reason VARCHAR NOT NULL, 
	review_on DATE, 
	PRIMARY KEY (id), 
	FOREIGN KEY(client_id) REFERENCES client (id) ON DELETE CASCADE
);

CREATE INDEX ix_retention_hold_client_id ON retention_hold (client_id);

CREATE INDEX ix_coaching_session_hours ON coaching_session (status, starts_at, paid, is_group, duration_minutes);

CREATE TABLE draft (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	kind VARCHAR NOT NULL, 
	record_id CHAR(32), 
	client_id CHAR(32), 
	payload VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(client_id) REFERENCES client (id) ON DELETE CASCADE
);

CREATE INDEX ix_draft_kind ON draft (kind);

CREATE INDEX ix_draft_client_id ON draft (client_id);

CREATE TABLE outbound_entry (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	sent_at VARCHAR(32) NOT NULL, 
	kind VARCHAR(32) NOT NULL, 
	channel VARCHAR(32) NOT NULL, 
	recipient VARCHAR NOT NULL, 
	basis VARCHAR(32) NOT NULL, 
	consent_id CHAR(32), 
	legal_basis VARCHAR(32), 
	entity VARCHAR NOT NULL, 
	entity_id CHAR(32), 
	description VARCHAR NOT NULL, 
	sha256 VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(consent_id) REFERENCES consent (id) ON DELETE SET NULL
);

CREATE INDEX ix_outbound_entry_sent_at ON outbound_entry (sent_at);

CREATE INDEX ix_outbound_entry_consent_id ON outbound_entry (consent_id);

CREATE INDEX ix_outbound_entry_entity_id ON outbound_entry (entity_id);

CREATE TABLE outbound_client (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	entry_id CHAR(32) NOT NULL, 
	client_id CHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(entry_id) REFERENCES outbound_entry (id) ON DELETE CASCADE, 
	FOREIGN KEY(client_id) REFERENCES client (id) ON DELETE CASCADE
);

CREATE INDEX ix_outbound_client_entry_id ON outbound_client (entry_id);

CREATE INDEX ix_outbound_client_client_id ON outbound_client (client_id);

CREATE TABLE "conflict" (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	client_id CHAR(32), 
	engagement_id CHAR(32), 
	kind VARCHAR(32) NOT NULL, 
	description VARCHAR NOT NULL, 
	decision VARCHAR(32), 
	safeguards VARCHAR NOT NULL, 
	decided_on DATE, 
	document_wording VARCHAR DEFAULT '' NOT NULL, 
	other_client_id CHAR(32), 
	other_client_consented_on DATE, 
	PRIMARY KEY (id), 
	CONSTRAINT fk_conflict_other_client_id_client FOREIGN KEY(other_client_id) REFERENCES client (id) ON DELETE SET NULL, 
	FOREIGN KEY(client_id) REFERENCES client (id) ON DELETE CASCADE, 
	FOREIGN KEY(engagement_id) REFERENCES engagement (id) ON DELETE SET NULL
);

CREATE INDEX ix_conflict_engagement_id ON "conflict" (engagement_id);

CREATE INDEX ix_conflict_client_id ON "conflict" (client_id);

CREATE INDEX ix_conflict_other_client_id ON "conflict" (other_client_id);

CREATE TABLE signed_agreement (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	engagement_id CHAR(32) NOT NULL, 
	signed_on DATE NOT NULL, 
	document_id VARCHAR NOT NULL, 
	template_version VARCHAR NOT NULL, 
	template_text VARCHAR NOT NULL, 
	data VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(engagement_id) REFERENCES engagement (id) ON DELETE CASCADE, 
	UNIQUE (engagement_id)
);

CREATE TABLE agreement_amendment (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	engagement_id CHAR(32) NOT NULL, 
	agreed_on DATE NOT NULL, 
	what_changed VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(engagement_id) REFERENCES engagement (id) ON DELETE CASCADE
);

CREATE INDEX ix_agreement_amendment_engagement_id ON agreement_amendment (engagement_id);

CREATE TABLE "engagement" (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	client_id CHAR(32) NOT NULL, 
	sponsor_id CHAR(32), 
	sponsor_contact_name VARCHAR NOT NULL, 
	sponsor_contact_email VARCHAR NOT NULL, 
	title VARCHAR NOT NULL, 
	start_date DATE, 
	end_date DATE, 
	session_count INTEGER, 
	session_minutes INTEGER NOT NULL, 
	format VARCHAR(32) NOT NULL, 
	fee_minor INTEGER NOT NULL, 
	currency VARCHAR NOT NULL, 
	fee_basis VARCHAR(32) NOT NULL, 
	payer VARCHAR(32) NOT NULL, 
	payment_terms VARCHAR NOT NULL, 
	cancellation_policy VARCHAR NOT NULL, 
	confidentiality_terms VARCHAR NOT NULL, 
	sponsor_receives_attendance BOOLEAN NOT NULL, 
	sponsor_receives_goals BOOLEAN NOT NULL, 
	sponsor_receives_progress_summary BOOLEAN NOT NULL, 
	contact_channels VARCHAR NOT NULL, 
	contact_hours VARCHAR NOT NULL, 
	response_time VARCHAR NOT NULL, 
	gifts_policy VARCHAR NOT NULL, 
	termination_notice_days INTEGER NOT NULL, 
	status VARCHAR(32) NOT NULL, 
	sent_on DATE, 
	signed_on DATE, 
	activated_on DATE, 
	ended_on DATE, 
	status_changed_at VARCHAR(32), 
	vat VARCHAR(32) DEFAULT 'included' NOT NULL, 
	three_way_meetings VARCHAR DEFAULT '' NOT NULL, 
	clauses_off VARCHAR DEFAULT '' NOT NULL, 
	signature_place BOOLEAN DEFAULT 1 NOT NULL, next_review_on DATE, log_as_alias BOOLEAN DEFAULT 0 NOT NULL, note_template VARCHAR DEFAULT '' NOT NULL, late_cancel_uses_credit BOOLEAN DEFAULT 0 NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(sponsor_id) REFERENCES organisation (id) ON DELETE RESTRICT, 
	FOREIGN KEY(client_id) REFERENCES client (id) ON DELETE CASCADE
);

CREATE INDEX ix_engagement_client_id ON engagement (client_id);

CREATE INDEX ix_engagement_sponsor_id ON engagement (sponsor_id);

CREATE TABLE "referral" (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	client_id CHAR(32) NOT NULL, 
	professional_id CHAR(32) NOT NULL, 
	consent_id CHAR(32), 
	reason VARCHAR NOT NULL, 
	urgency VARCHAR(32) NOT NULL, 
	status VARCHAR(32) NOT NULL, 
	status_changed_on DATE, 
	referred_on DATE, 
	follow_up_on DATE, 
	outcome VARCHAR NOT NULL, 
	reason_in_clients_words VARCHAR DEFAULT ('') NOT NULL, 
	summary_client_read VARCHAR DEFAULT ('') NOT NULL, 
	client_will_contact BOOLEAN DEFAULT 0 NOT NULL, 
	client_gets_copy BOOLEAN DEFAULT 0 NOT NULL, 
	risk_raised VARCHAR(32), 
	PRIMARY KEY (id), 
	FOREIGN KEY(client_id) REFERENCES client (id) ON DELETE CASCADE, 
	FOREIGN KEY(professional_id) REFERENCES professional (id) ON DELETE RESTRICT, 
	FOREIGN KEY(consent_id) REFERENCES consent (id) ON DELETE SET NULL
);

CREATE INDEX ix_referral_professional_id ON referral (professional_id);

CREATE INDEX ix_referral_client_id ON referral (client_id);

CREATE TABLE earlier_log_line (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	client_name VARCHAR NOT NULL, 
	is_group BOOLEAN NOT NULL, 
	number_in_group INTEGER, 
	contact VARCHAR NOT NULL, 
	start_date DATE NOT NULL, 
	end_date DATE NOT NULL, 
	paid_minutes INTEGER NOT NULL, 
	pro_bono_minutes INTEGER NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE mentor_coaching_session (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	mentor_name VARCHAR NOT NULL, 
	mentor_credential VARCHAR NOT NULL, 
	held_on DATE NOT NULL, 
	minutes INTEGER NOT NULL, 
	group_size INTEGER NOT NULL, 
	notes VARCHAR NOT NULL, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_mentor_coaching_session_held_on ON mentor_coaching_session (held_on);

CREATE TABLE supervision_session (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	supervisor VARCHAR NOT NULL, 
	held_on DATE NOT NULL, 
	minutes INTEGER NOT NULL, 
	in_group BOOLEAN NOT NULL, 
	notes VARCHAR NOT NULL, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_supervision_session_held_on ON supervision_session (held_on);

CREATE TABLE education_record (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	title VARCHAR NOT NULL, 
	provider VARCHAR NOT NULL, 
	completed_on DATE NOT NULL, 
	unit_hundredths INTEGER NOT NULL, 
	category VARCHAR(32) NOT NULL, 
	certificate_name VARCHAR NOT NULL, 
	certificate_type VARCHAR NOT NULL, 
	certificate BLOB, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_education_record_completed_on ON education_record (completed_on);

CREATE TABLE held_credential (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	body VARCHAR(32) NOT NULL, 
	level VARCHAR NOT NULL, 
	since DATE NOT NULL, 
	renewal_due DATE, 
	PRIMARY KEY (id)
);

CREATE TRIGGER client_search_insert AFTER INSERT ON client BEGIN INSERT INTO search_entry (kind, ref, client_ref) VALUES ('client', NEW.id, NEW.id); INSERT INTO search_text (rowid, title, body) VALUES ((SELECT id FROM search_entry WHERE ref = NEW.id), coachdesk_fold(NEW.name || ' ' || NEW.preferred_name), coachdesk_fold(NEW.email || ' ' || NEW.role || ' ' || NEW.tags || ' ' || NEW.private_notes)); END;

CREATE TRIGGER client_search_update AFTER UPDATE OF name, preferred_name, email, role, tags, private_notes ON client BEGIN INSERT INTO search_text (search_text, rowid, title, body) VALUES ('delete', (SELECT id FROM search_entry WHERE ref = OLD.id), coachdesk_fold(OLD.name || ' ' || OLD.preferred_name), coachdesk_fold(OLD.email || ' ' || OLD.role || ' ' || OLD.tags || ' ' || OLD.private_notes)); INSERT INTO search_text (rowid, title, body) VALUES ((SELECT id FROM search_entry WHERE ref = NEW.id), coachdesk_fold(NEW.name || ' ' || NEW.preferred_name), coachdesk_fold(NEW.email || ' ' || NEW.role || ' ' || NEW.tags || ' ' || NEW.private_notes)); UPDATE search_entry SET client_ref = NEW.id WHERE ref = NEW.id; END;

CREATE TRIGGER client_search_delete AFTER DELETE ON client BEGIN INSERT INTO search_text (search_text, rowid, title, body) VALUES ('delete', (SELECT id FROM search_entry WHERE ref = OLD.id), coachdesk_fold(OLD.name || ' ' || OLD.preferred_name), coachdesk_fold(OLD.email || ' ' || OLD.role || ' ' || OLD.tags || ' ' || OLD.private_notes)); DELETE FROM search_entry WHERE ref = OLD.id; END;

CREATE TRIGGER coaching_session_search_insert AFTER INSERT ON coaching_session BEGIN INSERT INTO search_entry (kind, ref, client_ref) VALUES ('session', NEW.id, NEW.client_id); INSERT INTO search_text (rowid, title, body) VALUES ((SELECT id FROM search_entry WHERE ref = NEW.id), coachdesk_fold(''), coachdesk_fold(NEW.private_notes || ' ' || NEW.shared_summary)); END;

CREATE TRIGGER coaching_session_search_update AFTER UPDATE OF client_id, private_notes, shared_summary ON coaching_session BEGIN INSERT INTO search_text (search_text, rowid, title, body) VALUES ('delete', (SELECT id FROM search_entry WHERE ref = OLD.id), coachdesk_fold(''), coachdesk_fold(OLD.private_notes || ' ' || OLD.shared_summary)); INSERT INTO search_text (rowid, title, body) VALUES ((SELECT id FROM search_entry WHERE ref = NEW.id), coachdesk_fold(''), coachdesk_fold(NEW.private_notes || ' ' || NEW.shared_summary)); UPDATE search_entry SET client_ref = NEW.client_id WHERE ref = NEW.id; END;

CREATE TRIGGER coaching_session_search_delete AFTER DELETE ON coaching_session BEGIN INSERT INTO search_text (search_text, rowid, title, body) VALUES ('delete', (SELECT id FROM search_entry WHERE ref = OLD.id), coachdesk_fold(''), coachdesk_fold(OLD.private_notes || ' ' || OLD.shared_summary)); DELETE FROM search_entry WHERE ref = OLD.id; END;

CREATE TRIGGER note_amendment_search_insert AFTER INSERT ON note_amendment BEGIN INSERT INTO search_entry (kind, ref, client_ref) VALUES ('amendment', NEW.id, (SELECT client_id FROM coaching_session WHERE id = NEW.session_id)); INSERT INTO search_text (rowid, title, body) VALUES ((SELECT id FROM search_entry WHERE ref = NEW.id), coachdesk_fold(''), coachdesk_fold(NEW.text)); END;

CREATE TRIGGER note_amendment_search_update AFTER UPDATE OF text ON note_amendment BEGIN INSERT INTO search_text (search_text, rowid, title, body) VALUES ('delete', (SELECT id FROM search_entry WHERE ref = OLD.id), coachdesk_fold(''), coachdesk_fold(OLD.text)); INSERT INTO search_text (rowid, title, body) VALUES ((SELECT id FROM search_entry WHERE ref = NEW.id), coachdesk_fold(''), coachdesk_fold(NEW.text)); UPDATE search_entry SET client_ref = (SELECT client_id FROM coaching_session WHERE id = NEW.session_id) WHERE ref = NEW.id; END;

CREATE TRIGGER note_amendment_search_delete AFTER DELETE ON note_amendment BEGIN INSERT INTO search_text (search_text, rowid, title, body) VALUES ('delete', (SELECT id FROM search_entry WHERE ref = OLD.id), coachdesk_fold(''), coachdesk_fold(OLD.text)); DELETE FROM search_entry WHERE ref = OLD.id; END;

CREATE TRIGGER goal_search_insert AFTER INSERT ON goal BEGIN INSERT INTO search_entry (kind, ref, client_ref) VALUES ('goal', NEW.id, NEW.client_id); INSERT INTO search_text (rowid, title, body) VALUES ((SELECT id FROM search_entry WHERE ref = NEW.id), coachdesk_fold(NEW.statement), coachdesk_fold(NEW.measure_of_success)); END;

CREATE TRIGGER goal_search_update AFTER UPDATE OF client_id, statement, measure_of_success ON goal BEGIN INSERT INTO search_text (search_text, rowid, title, body) VALUES ('delete', (SELECT id FROM search_entry WHERE ref = OLD.id), coachdesk_fold(OLD.statement), coachdesk_fold(OLD.measure_of_success)); INSERT INTO search_text (rowid, title, body) VALUES ((SELECT id FROM search_entry WHERE ref = NEW.id), coachdesk_fold(NEW.statement), coachdesk_fold(NEW.measure_of_success)); UPDATE search_entry SET client_ref = NEW.client_id WHERE ref = NEW.id; END;

CREATE TRIGGER goal_search_delete AFTER DELETE ON goal BEGIN INSERT INTO search_text (search_text, rowid, title, body) VALUES ('delete', (SELECT id FROM search_entry WHERE ref = OLD.id), coachdesk_fold(OLD.statement), coachdesk_fold(OLD.measure_of_success)); DELETE FROM search_entry WHERE ref = OLD.id; END;

CREATE TRIGGER action_item_search_insert AFTER INSERT ON action_item BEGIN INSERT INTO search_entry (kind, ref, client_ref) VALUES ('action_item', NEW.id, NEW.client_id); INSERT INTO search_text (rowid, title, body) VALUES ((SELECT id FROM search_entry WHERE ref = NEW.id), coachdesk_fold(NEW.description), coachdesk_fold('')); END;

CREATE TRIGGER action_item_search_update AFTER UPDATE OF client_id, description ON action_item BEGIN INSERT INTO search_text (search_text, rowid, title, body) VALUES ('delete', (SELECT id FROM search_entry WHERE ref = OLD.id), coachdesk_fold(OLD.description), coachdesk_fold('')); INSERT INTO search_text (rowid, title, body) VALUES ((SELECT id FROM search_entry WHERE ref = NEW.id), coachdesk_fold(NEW.description), coachdesk_fold('')); UPDATE search_entry SET client_ref = NEW.client_id WHERE ref = NEW.id; END;

CREATE TRIGGER action_item_search_delete AFTER DELETE ON action_item BEGIN INSERT INTO search_text (search_text, rowid, title, body) VALUES ('delete', (SELECT id FROM search_entry WHERE ref = OLD.id), coachdesk_fold(OLD.description), coachdesk_fold('')); DELETE FROM search_entry WHERE ref = OLD.id; END;

CREATE TABLE note_template (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	name VARCHAR NOT NULL, 
	body VARCHAR NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE invoice (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	kind VARCHAR(32) NOT NULL, 
	state VARCHAR(32) NOT NULL, 
	engagement_id CHAR(32), 
	client_id CHAR(32), 
	organisation_id CHAR(32), 
	credited_invoice_id CHAR(32), 
	payer VARCHAR(32) NOT NULL, 
	currency VARCHAR NOT NULL, 
	tax_treatment VARCHAR(32) NOT NULL, 
	tax_wording VARCHAR NOT NULL, 
	seller_name VARCHAR NOT NULL, 
	seller_address VARCHAR NOT NULL, 
	seller_vat_number VARCHAR NOT NULL, 
	seller_company_number VARCHAR NOT NULL, 
	seller_iban VARCHAR NOT NULL, 
	seller_bic VARCHAR NOT NULL, 
	buyer_name VARCHAR NOT NULL, 
	buyer_address VARCHAR NOT NULL, 
	buyer_vat_number VARCHAR NOT NULL, 
	buyer_company_number VARCHAR NOT NULL, 
	issue_date DATE, 
	due_date DATE, 
	number VARCHAR, 
	series VARCHAR, 
	sequence INTEGER, 
	issued_at VARCHAR(32), 
	note VARCHAR NOT NULL, 
	net_minor INTEGER NOT NULL, 
	vat_minor INTEGER NOT NULL, 
	gross_minor INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(engagement_id) REFERENCES engagement (id) ON DELETE SET NULL, 
	FOREIGN KEY(client_id) REFERENCES client (id) ON DELETE SET NULL, 
	FOREIGN KEY(organisation_id) REFERENCES organisation (id) ON DELETE SET NULL, 
	FOREIGN KEY(credited_invoice_id) REFERENCES invoice (id) ON DELETE RESTRICT, 
	CONSTRAINT uq_invoice_number UNIQUE (number)
);

CREATE INDEX ix_invoice_engagement_id ON invoice (engagement_id);

CREATE INDEX ix_invoice_client_id ON invoice (client_id);

CREATE INDEX ix_invoice_organisation_id ON invoice (organisation_id);

CREATE INDEX ix_invoice_credited_invoice_id ON invoice (credited_invoice_id);

CREATE TABLE invoice_line (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	invoice_id CHAR(32) NOT NULL, 
	position INTEGER NOT NULL, 
	source VARCHAR(32) NOT NULL, 
	description VARCHAR NOT NULL, 
	quantity VARCHAR(32) NOT NULL, 
	unit_price_minor INTEGER NOT NULL, 
	vat_rate VARCHAR(32) NOT NULL, 
	net_minor INTEGER NOT NULL, 
	package_part INTEGER, 
	package_parts INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(invoice_id) REFERENCES invoice (id) ON DELETE CASCADE
);

CREATE INDEX ix_invoice_line_invoice_id ON invoice_line (invoice_id);

CREATE TABLE invoice_line_session (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	line_id CHAR(32) NOT NULL, 
	session_id CHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(line_id) REFERENCES invoice_line (id) ON DELETE CASCADE, 
	FOREIGN KEY(session_id) REFERENCES coaching_session (id) ON DELETE CASCADE, 
	CONSTRAINT uq_invoice_line_session UNIQUE (line_id, session_id)
);

CREATE INDEX ix_invoice_line_session_line_id ON invoice_line_session (line_id);

CREATE INDEX ix_invoice_line_session_session_id ON invoice_line_session (session_id);

CREATE TABLE payment (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	invoice_id CHAR(32) NOT NULL, 
	paid_on DATE NOT NULL, 
	amount_minor INTEGER NOT NULL, 
	method VARCHAR(32) NOT NULL, 
	reference VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(invoice_id) REFERENCES invoice (id) ON DELETE RESTRICT
);

CREATE INDEX ix_payment_invoice_id ON payment (invoice_id);

CREATE TABLE invoice_series (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	series VARCHAR NOT NULL, 
	last_sequence INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (series)
);

CREATE TRIGGER invoice_issued_fixed BEFORE UPDATE ON invoice WHEN OLD.state = 'issued' AND (NEW.id IS NOT OLD.id OR NEW.created_at IS NOT OLD.created_at OR NEW.updated_at IS NOT OLD.updated_at OR NEW.kind IS NOT OLD.kind OR NEW.state IS NOT OLD.state OR NEW.credited_invoice_id IS NOT OLD.credited_invoice_id OR NEW.payer IS NOT OLD.payer OR NEW.currency IS NOT OLD.currency OR NEW.tax_treatment IS NOT OLD.tax_treatment OR NEW.tax_wording IS NOT OLD.tax_wording OR NEW.seller_name IS NOT OLD.seller_name OR NEW.seller_address IS NOT OLD.seller_address OR NEW.seller_vat_number IS NOT OLD.seller_vat_number OR NEW.seller_company_number IS NOT OLD.seller_company_number OR NEW.seller_iban IS NOT OLD.seller_iban OR NEW.seller_bic IS NOT OLD.seller_bic OR NEW.buyer_name IS NOT OLD.buyer_name OR NEW.buyer_address IS NOT OLD.buyer_address OR NEW.buyer_vat_number IS NOT OLD.buyer_vat_number OR NEW.buyer_company_number IS NOT OLD.buyer_company_number OR NEW.issue_date IS NOT OLD.issue_date OR NEW.due_date IS NOT OLD.due_date OR NEW.number IS NOT OLD.number OR NEW.series IS NOT OLD.series OR NEW.sequence IS NOT OLD.sequence OR NEW.issued_at IS NOT OLD.issued_at OR NEW.note IS NOT OLD.note OR NEW.net_minor IS NOT OLD.net_minor OR NEW.vat_minor IS NOT OLD.vat_minor OR NEW.gross_minor IS NOT OLD.gross_minor) BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be changed; issue a credit note'); END;

CREATE TRIGGER invoice_issued_kept BEFORE DELETE ON invoice WHEN OLD.state = 'issued' BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be deleted; issue a credit note'); END;

CREATE TRIGGER invoice_line_issued_insert BEFORE INSERT ON invoice_line WHEN (SELECT state FROM invoice WHERE id = NEW.invoice_id) = 'issued' BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be changed; issue a credit note'); END;

CREATE TRIGGER invoice_line_issued_update BEFORE UPDATE ON invoice_line WHEN (SELECT state FROM invoice WHERE id = OLD.invoice_id) = 'issued' OR (SELECT state FROM invoice WHERE id = NEW.invoice_id) = 'issued' BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be changed; issue a credit note'); END;

CREATE TRIGGER invoice_line_issued_delete BEFORE DELETE ON invoice_line WHEN (SELECT state FROM invoice WHERE id = OLD.invoice_id) = 'issued' BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be changed; issue a credit note'); END;

CREATE TRIGGER invoice_series_starts_at_one BEFORE INSERT ON invoice_series WHEN NEW.last_sequence IS NOT 1 BEGIN SELECT RAISE(ABORT, 'a number series starts at 1'); END;

CREATE TRIGGER invoice_series_steps_by_one BEFORE UPDATE ON invoice_series WHEN NEW.series IS NOT OLD.series OR NEW.last_sequence IS NOT OLD.last_sequence + 1 BEGIN SELECT RAISE(ABORT, 'invoice numbers are given in order, without gaps, and never reused'); END;

CREATE TRIGGER invoice_series_kept BEFORE DELETE ON invoice_series BEGIN SELECT RAISE(ABORT, 'invoice numbers are never reused'); END;

CREATE TABLE sync_vault (
	id VARCHAR(36) NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE sync_replica (
	replica VARCHAR(36) NOT NULL, 
	counter INTEGER NOT NULL, 
	PRIMARY KEY (replica)
);

CREATE TABLE sync_stamp (
	table_name VARCHAR(64) NOT NULL, 
	row_id VARCHAR(36) NOT NULL, 
	field VARCHAR(64) NOT NULL, 
	replica VARCHAR(36) NOT NULL, 
	counter INTEGER NOT NULL, 
	changed_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (table_name, row_id, field)
);

CREATE TABLE sync_tombstone (
	table_name VARCHAR(64) NOT NULL, 
	row_id VARCHAR(36) NOT NULL, 
	deleted_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (table_name, row_id)
);

CREATE TABLE sync_erasure (
	client_id VARCHAR(36) NOT NULL, 
	erased_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (client_id)
);

CREATE TABLE merge_conflict (
	id VARCHAR(36) NOT NULL, 
	table_name VARCHAR(64) NOT NULL, 
	row_id VARCHAR(36) NOT NULL, 
	field VARCHAR(64) NOT NULL, 
	kept_value TEXT, 
	other_value TEXT, 
	kept_at VARCHAR(32) NOT NULL, 
	other_at VARCHAR(32) NOT NULL, 
	merged_at VARCHAR(32) NOT NULL, 
	reviewed BOOLEAN DEFAULT 0 NOT NULL, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_merge_conflict_row_id ON merge_conflict (row_id);

CREATE TABLE computer_tag (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	computer_key VARCHAR NOT NULL, 
	tag VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (computer_key), 
	UNIQUE (tag)
);

CREATE TABLE refund (
	id CHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	credit_note_id CHAR(32) NOT NULL, 
	refunded_on DATE NOT NULL, 
	amount_minor INTEGER NOT NULL, 
	method VARCHAR(32) NOT NULL, 
	reference VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(credit_note_id) REFERENCES invoice (id) ON DELETE RESTRICT
);

CREATE INDEX ix_refund_credit_note_id ON refund (credit_note_id);

CREATE TRIGGER refund_fixed BEFORE UPDATE ON refund BEGIN SELECT RAISE(ABORT, 'a refund recorded cannot be changed; it is kept in the books'); END;

CREATE TRIGGER refund_kept BEFORE DELETE ON refund BEGIN SELECT RAISE(ABORT, 'a refund recorded cannot be deleted; it is kept in the books'); END;

CREATE TRIGGER refund_of_credit_note BEFORE INSERT ON refund WHEN (SELECT kind FROM invoice WHERE id = NEW.credit_note_id) IS NOT 'credit_note' OR (SELECT state FROM invoice WHERE id = NEW.credit_note_id) IS NOT 'issued' BEGIN SELECT RAISE(ABORT, 'a refund is recorded against an issued credit note'); END;

CREATE INDEX ix_coaching_session_starts_at ON coaching_session (starts_at, status, client_id, duration_minutes, is_group, group_size, paid, engagement_id);

INSERT INTO "alembic_version" VALUES ('0020');
