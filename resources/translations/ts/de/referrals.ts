<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Soon (within a few weeks)</source>
        <translation>Bald (innerhalb weniger Wochen)</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Neue Weiterverweisung</translation>
    </message>
    <message>
        <source>Edit referral</source>
        <translation>Weiterverweisung bearbeiten</translation>
    </message>
    <message>
        <source>Save referral</source>
        <translation>Weiterverweisung speichern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Refer to</source>
        <translation>Verweisen an</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Add a professional to your directory</source>
        <translation>Eine Fachperson in Ihr Verzeichnis aufnehmen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>In plain, non-diagnostic words: what the client needs help with</source>
        <translation>In einfachen Worten, ohne Diagnose: Wobei braucht der Klient Hilfe?</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>Client&apos;s consent</source>
        <translation>Einwilligung des Klienten</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Einwilligung erfassen…</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Verwiesen</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Datum der Weiterverweisung</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Datum zum Nachfassen</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What came of it, once known</source>
        <translation>Was daraus wurde, sobald bekannt</translation>
    </message>
    <message>
        <source>The letter shares only what the client&apos;s consent ticks, and nothing from your session notes.</source>
        <translation>Das Schreiben gibt nur weiter, was in der Einwilligung des Klienten angekreuzt ist, und nichts aus Ihren Sitzungsnotizen.</translation>
    </message>
    <message>
        <source>What the consent covers</source>
        <translation>Was die Einwilligung abdeckt</translation>
    </message>
    <message>
        <source>In the client&apos;s words</source>
        <translation>In den Worten des Klienten</translation>
    </message>
    <message>
        <source>The reason as the client put it, if they agreed to have it passed on</source>
        <translation>Der Anlass, wie der Klient ihn formuliert hat, sofern er der Weitergabe zugestimmt hat</translation>
    </message>
    <message>
        <source>Summary the client read</source>
        <translation>Vom Klienten gelesene Zusammenfassung</translation>
    </message>
    <message>
        <source>A short summary for the professional, which the client has read</source>
        <translation>Eine kurze Zusammenfassung für die Fachperson, die der Klient gelesen hat</translation>
    </message>
    <message>
        <source>The client will get in touch with the professional themselves</source>
        <translation>Der Klient nimmt selbst Kontakt mit der Fachperson auf</translation>
    </message>
    <message>
        <source>The client gets a copy of the letter</source>
        <translation>Der Klient erhält eine Kopie des Schreibens</translation>
    </message>
    <message>
        <source>Not stated in the letter</source>
        <translation>Im Schreiben nicht angegeben</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes (the letter makes no assessment)</source>
        <translation>Ja (das Schreiben enthält keine Einschätzung)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nicht bekannt</translation>
    </message>
    <message>
        <source>Risk to self or others raised</source>
        <translation>Gefahr für sich oder andere angesprochen</translation>
    </message>
    <message>
        <source>Check before printing</source>
        <translation>Vor dem Drucken prüfen</translation>
    </message>
    <message>
        <source>Choose from your directory…</source>
        <translation>Aus Ihrem Verzeichnis wählen…</translation>
    </message>
    <message>
        <source>No consent recorded yet</source>
        <translation>Noch keine Einwilligung erfasst</translation>
    </message>
    <message>
        <source>Without a consent, no letter can be written.</source>
        <translation>Ohne Einwilligung kann kein Schreiben erstellt werden.</translation>
    </message>
    <message>
        <source>The letter may share: {0}</source>
        <translation>Das Schreiben darf weitergeben: {0}</translation>
    </message>
    <message>
        <source>Check before printing the letter:</source>
        <translation>Vor dem Drucken des Schreibens prüfen:</translation>
    </message>
    <message>
        <source>Choose the client you are referring.</source>
        <translation>Wählen Sie den Klienten, den Sie weiterverweisen.</translation>
    </message>
    <message>
        <source>Choose whom you refer the client to, or add them with “New…”.</source>
        <translation>Wählen Sie, an wen Sie den Klienten verweisen, oder legen Sie die Fachperson mit „Neu…“ an.</translation>
    </message>
</context>
<context>
    <name>ReferralLetter</name>
    <message>
        <source>Check the letter</source>
        <translation>Schreiben prüfen</translation>
    </message>
    <message>
        <source>Before this letter leaves CoachDesk, check:</source>
        <translation>Bevor dieses Schreiben CoachDesk verlässt, prüfen Sie:</translation>
    </message>
    <message>
        <source>Go on with the letter as it stands?</source>
        <translation>Mit dem Schreiben in dieser Form fortfahren?</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Fortfahren</translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Als versendet markieren</translation>
    </message>
    <message>
        <source>Mark as accepted</source>
        <translation>Als angenommen markieren</translation>
    </message>
    <message>
        <source>Mark as completed</source>
        <translation>Als abgeschlossen markieren</translation>
    </message>
    <message>
        <source>Cancel the referral</source>
        <translation>Weiterverweisung abbrechen</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Bald</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Verwiesen an</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Verwiesen</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>Verweisungsschreiben</translation>
    </message>
    <message>
        <source>{client} to {professional}</source>
        <translation>{client} an {professional}</translation>
    </message>
    <message>
        <source>Filter by client, professional or reason</source>
        <translation>Nach Klient, Fachperson oder Anlass filtern</translation>
    </message>
    <message>
        <source>New referral…</source>
        <translation>Neue Weiterverweisung…</translation>
    </message>
    <message>
        <source>Make your first referral…</source>
        <translation>Erste Weiterverweisung anlegen…</translation>
    </message>
    <message>
        <source>Filter referrals</source>
        <translation>Weiterverweisungen filtern</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Weiterverweisungen</translation>
    </message>
    <message>
        <source>Change the referral&apos;s status</source>
        <translation>Status der Weiterverweisung ändern</translation>
    </message>
    <message>
        <source>Preview letter</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Preview the referral letter of the selected referral</source>
        <translation>Vorschau des Verweisungsschreibens zur gewählten Weiterverweisung</translation>
    </message>
    <message>
        <source>Export letter…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the referral letter of the selected referral as a PDF</source>
        <translation>Verweisungsschreiben zur gewählten Weiterverweisung als PDF exportieren</translation>
    </message>
    <message>
        <source>It is recorded in the Ethics area for your decision.</source>
        <translation>Er ist im Bereich Ethik zu Ihrer Entscheidung erfasst.</translation>
    </message>
    <message>
        <source>A conflict of interest to decide</source>
        <translation>Ein Interessenkonflikt zu entscheiden</translation>
    </message>
    <message>
        <source>Referrals are kept</source>
        <translation>Weiterverweisungen bleiben erhalten</translation>
    </message>
    <message>
        <source>A referral stays in the client&apos;s record. Cancel it with Status ▸ Cancel the referral.</source>
        <translation>Eine Weiterverweisung bleibt in der Akte des Klienten. Brechen Sie sie mit Status ▸ Weiterverweisung abbrechen ab.</translation>
    </message>
    <message>
        <source>Referrals are cancelled, not deleted.</source>
        <translation>Weiterverweisungen werden abgebrochen, nicht gelöscht.</translation>
    </message>
    <message>
        <source>The status was not changed</source>
        <translation>Der Status wurde nicht geändert</translation>
    </message>
</context>
</TS>
