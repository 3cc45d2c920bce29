<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BooksDialog</name>
    <message>
        <source>For the accountant</source>
        <translation>Für die Buchhaltung</translation>
    </message>
    <message>
        <source>A CSV file of the period&apos;s issued invoices and credit notes (number, date, payer, net, VAT per rate, gross, paid), or of the payments received. It names payers and amounts only, never sessions or notes.</source>
        <translation>Eine CSV-Datei mit den im Zeitraum ausgestellten Rechnungen und Rechnungskorrekturen (Nummer, Datum, Zahler, netto, USt. je Satz, brutto, bezahlt) oder mit den eingegangenen Zahlungen. Sie nennt nur Zahler und Beträge, nie Sitzungen oder Notizen.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Invoices and credit notes issued</source>
        <translation>Ausgestellte Rechnungen und Rechnungskorrekturen</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Eingegangene Zahlungen</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a later last day.</source>
        <translation>Der Zeitraum endet, bevor er beginnt: Wählen Sie einen späteren letzten Tag.</translation>
    </message>
</context>
<context>
    <name>BooksExport</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Save the accountant&apos;s list</source>
        <translation>Liste für die Buchhaltung speichern</translation>
    </message>
    <message>
        <source>List for the accountant</source>
        <translation>Liste für die Buchhaltung</translation>
    </message>
    <message>
        <source>The list was not saved</source>
        <translation>Die Liste wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Could not write “%1” in %2: %3.</source>
        <translation>„%1“ konnte nicht in %2 geschrieben werden: %3.</translation>
    </message>
</context>
<context>
    <name>ComputerTagDialog</name>
    <message>
        <source>A number series for this computer</source>
        <translation>Ein Nummernkreis für diesen Computer</translation>
    </message>
    <message>
        <source>Save tag</source>
        <translation>Kürzel speichern</translation>
    </message>
    <message>
        <source>Your invoice numbers carry the tag of the computer that issues them, so that two computers never give the same number. This computer has no tag yet. Choose one of 1 to 3 letters or digits, different from your other computers&apos; (for example L for the laptop, D for the desktop). A computer keeps its tag.</source>
        <translation>Ihre Rechnungsnummern tragen das Kürzel des Computers, der sie ausstellt, damit zwei Computer nie dieselbe Nummer vergeben. Dieser Computer hat noch kein Kürzel. Wählen Sie 1 bis 3 Buchstaben oder Ziffern, anders als bei Ihren anderen Computern (zum Beispiel L für den Laptop, D für den Desktop). Ein Computer behält sein Kürzel.</translation>
    </message>
    <message>
        <source>This computer&apos;s tag</source>
        <translation>Kürzel dieses Computers</translation>
    </message>
    <message>
        <source>e.g. L</source>
        <translation>z. B. L</translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <source>Credit invoice %1</source>
        <translation>Rechnung %1 korrigieren</translation>
    </message>
    <message>
        <source>Issue credit note</source>
        <translation>Rechnungskorrektur ausstellen</translation>
    </message>
    <message>
        <source>In full (%1)</source>
        <translation>Vollständig (%1)</translation>
    </message>
    <message>
        <source>In full (already credited in part)</source>
        <translation>Vollständig (bereits teilweise korrigiert)</translation>
    </message>
    <message>
        <source>Part of it</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Amount before VAT</source>
        <translation>Betrag netto</translation>
    </message>
    <message>
        <source>e.g. 50.00</source>
        <translation>z. B. 50,00</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Printed on the credit note, e.g. session cancelled</source>
        <translation>Steht auf der Rechnungskorrektur, z. B. Sitzung abgesagt</translation>
    </message>
    <message>
        <source>What will be due back</source>
        <translation>Was zurückzuzahlen ist</translation>
    </message>
    <message>
        <source>%1 has been paid on this invoice.</source>
        <translation>Auf diese Rechnung wurden %1 gezahlt.</translation>
    </message>
    <message>
        <source>This credit note takes off %1 with VAT: %2 will be due back to the payer.</source>
        <translation>Diese Rechnungskorrektur zieht %1 inkl. USt. ab: %2 sind dem Zahler zurückzuzahlen.</translation>
    </message>
    <message>
        <source>This credit note takes off %1 with VAT from what is still owed: nothing is due back.</source>
        <translation>Diese Rechnungskorrektur zieht %1 inkl. USt. vom noch offenen Betrag ab: Es ist nichts zurückzuzahlen.</translation>
    </message>
</context>
<context>
    <name>DraftInvoiceDialog</name>
    <message>
        <source>New draft invoice</source>
        <translation>Neuer Rechnungsentwurf</translation>
    </message>
    <message>
        <source>Edit draft invoice</source>
        <translation>Rechnungsentwurf bearbeiten</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Coaching-Auftrag</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Der Klient</translation>
    </message>
    <message>
        <source>The sponsor</source>
        <translation>Der Auftraggeber</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Zahler</translation>
    </message>
    <message>
        <source>An invoice is in its agreement&apos;s currency</source>
        <translation>Eine Rechnung lautet auf die Währung ihrer Vereinbarung</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>VAT treatment</source>
        <translation>Umsatzsteuer</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>USt.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeit</translation>
    </message>
    <message>
        <source>Left unset, the due date follows your payment terms when the invoice is issued</source>
        <translation>Ohne Angabe ergibt sich die Fälligkeit beim Ausstellen aus Ihren Zahlungsbedingungen</translation>
    </message>
    <message>
        <source>Printed on the invoice, e.g. a reference</source>
        <translation>Steht auf der Rechnung, z. B. eine Referenz</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Vermerk</translation>
    </message>
    <message>
        <source>As in your profile (%1)</source>
        <translation>Wie in Ihrem Profil (%1)</translation>
    </message>
    <message>
        <source>The sponsor (%1)</source>
        <translation>Der Auftraggeber (%1)</translation>
    </message>
    <message>
        <source>Choose the engagement this invoice bills.</source>
        <translation>Wählen Sie den Coaching-Auftrag, den diese Rechnung abrechnet.</translation>
    </message>
</context>
<context>
    <name>DraftLinesPanel</name>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>Rechnungspositionen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>e.g. 150.00</source>
        <translation>z. B. 150,00</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>e.g. 19</source>
        <translation>z. B. 19</translation>
    </message>
    <message>
        <source>VAT rate (%)</source>
        <translation>USt.-Satz (%)</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>Hinzufügen:</translation>
    </message>
    <message>
        <source>No VAT is charged under this treatment</source>
        <translation>Bei dieser Behandlung wird keine Umsatzsteuer berechnet</translation>
    </message>
    <message>
        <source>Every completed session of this engagement is already on an invoice.</source>
        <translation>Jede abgeschlossene Sitzung dieses Coaching-Auftrags steht schon auf einer Rechnung.</translation>
    </message>
    <message>
        <source>This engagement&apos;s package is already on an invoice.</source>
        <translation>Das Paket dieses Coaching-Auftrags steht schon auf einer Rechnung.</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Net %1 · VAT %2 · Total %3</source>
        <translation>Netto %1 · USt. %2 · Gesamt %3</translation>
    </message>
</context>
<context>
    <name>InvoicePdfActions</name>
    <message>
        <source>The invoice cannot be printed</source>
        <translation>Die Rechnung kann nicht gedruckt werden</translation>
    </message>
    <message>
        <source>No reminder for this invoice</source>
        <translation>Keine Zahlungserinnerung für diese Rechnung</translation>
    </message>
    <message>
        <source>A reminder is for an issued invoice that is not yet paid.</source>
        <translation>Eine Zahlungserinnerung gibt es nur für eine ausgestellte, noch nicht bezahlte Rechnung.</translation>
    </message>
    <message>
        <source>The reminder cannot leave the vault</source>
        <translation>Die Zahlungserinnerung darf den Tresor nicht verlassen</translation>
    </message>
    <message>
        <source>No mail program opened the draft</source>
        <translation>Kein E-Mail-Programm hat den Entwurf geöffnet</translation>
    </message>
    <message>
        <source>Set a default mail program in your system&apos;s settings, or export the reminder as a PDF.</source>
        <translation>Legen Sie in den Systemeinstellungen ein Standard-E-Mail-Programm fest oder exportieren Sie die Zahlungserinnerung als PDF.</translation>
    </message>
    <message>
        <source>The draft was not recorded</source>
        <translation>Der Entwurf wurde nicht erfasst</translation>
    </message>
</context>
<context>
    <name>Invoices</name>
    <message>
        <source>VAT charged</source>
        <translation>Mit Umsatzsteuer</translation>
    </message>
    <message>
        <source>Exempt as a small business</source>
        <translation>Steuerfrei als Kleinunternehmer</translation>
    </message>
    <message>
        <source>Reverse charge (business customer in another EU country)</source>
        <translation>Reverse-Charge (Unternehmenskunde in einem anderen EU-Land)</translation>
    </message>
    <message>
        <source>Outside the scope of VAT</source>
        <translation>Nicht umsatzsteuerbar</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>USt. %</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Unbilled sessions</source>
        <translation>Offene Sitzungen</translation>
    </message>
    <message>
        <source>Add a line for each completed session not yet billed</source>
        <translation>Eine Position für jede abgeschlossene, noch nicht abgerechnete Sitzung hinzufügen</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Add the engagement&apos;s package as one line</source>
        <translation>Das Paket des Coaching-Auftrags als eine Position hinzufügen</translation>
    </message>
    <message>
        <source>Fixed fee</source>
        <translation>Pauschale</translation>
    </message>
    <message>
        <source>Add the agreement&apos;s fee as a fixed fee</source>
        <translation>Das Honorar der Vereinbarung als Pauschale hinzufügen</translation>
    </message>
    <message>
        <source>Free line</source>
        <translation>Freie Position</translation>
    </message>
    <message>
        <source>Add a line you describe and price yourself</source>
        <translation>Eine Position hinzufügen, die Sie selbst beschreiben und bepreisen</translation>
    </message>
    <message>
        <source>An issued invoice cannot be changed; it is corrected by a credit note.</source>
        <translation>Eine ausgestellte Rechnung lässt sich nicht ändern; sie wird durch eine Rechnungskorrektur berichtigt.</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Online payment</source>
        <translation>Online-Zahlung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Issue the invoice to %1 for %2? It takes the next number today.</source>
        <translation>Die Rechnung an %1 über %2 ausstellen? Sie erhält heute die nächste Nummer.</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>Rechnung ausstellen</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Ausstellen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Teilweise bezahlt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <source>Refund due</source>
        <translation>Rückerstattung offen</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Rechnungskorrektur</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(Entwurf)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Zahler</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Filter by number or payer</source>
        <translation>Nach Nummer oder Zahler filtern</translation>
    </message>
    <message>
        <source>New draft…</source>
        <translation>Neuer Entwurf…</translation>
    </message>
    <message>
        <source>Make your first invoice…</source>
        <translation>Erste Rechnung erstellen…</translation>
    </message>
    <message>
        <source>Delete the selected draft (Del); issued invoices are corrected by a credit note</source>
        <translation>Ausgewählten Entwurf löschen (Entf); ausgestellte Rechnungen werden durch eine Rechnungskorrektur berichtigt</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected draft</source>
        <translation>Ausgewählten Entwurf ändern</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Ausstellen…</translation>
    </message>
    <message>
        <source>Give the draft its number and fix it for good</source>
        <translation>Dem Entwurf seine Nummer geben und ihn endgültig festschreiben</translation>
    </message>
    <message>
        <source>Credit…</source>
        <translation>Korrigieren…</translation>
    </message>
    <message>
        <source>Correct an issued invoice with a credit note</source>
        <translation>Eine ausgestellte Rechnung mit einer Rechnungskorrektur berichtigen</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>Zahlung erfassen…</translation>
    </message>
    <message>
        <source>Record money received for the invoice</source>
        <translation>Für die Rechnung eingegangenes Geld erfassen</translation>
    </message>
    <message>
        <source>Record refund…</source>
        <translation>Rückerstattung erfassen…</translation>
    </message>
    <message>
        <source>Record money paid back to the payer after a credit note</source>
        <translation>Geld erfassen, das nach einer Rechnungskorrektur an den Zahler zurückging</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>See the invoice as it will print</source>
        <translation>Die Rechnung so sehen, wie sie gedruckt wird</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the invoice as a PDF or an e-invoice, or a payment reminder</source>
        <translation>Die Rechnung als PDF oder E-Rechnung speichern, oder eine Zahlungserinnerung</translation>
    </message>
</context>
<context>
    <name>InvoicesView</name>
    <message>
        <source>Delete draft…</source>
        <translation>Entwurf löschen…</translation>
    </message>
    <message>
        <source>Filter invoices</source>
        <translation>Rechnungen filtern</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Alle Rechnungen</translation>
    </message>
    <message>
        <source>For the accountant…</source>
        <translation>Für die Buchhaltung…</translation>
    </message>
    <message>
        <source>Save a period&apos;s invoices and credit notes, or its payments, as a CSV file for your books</source>
        <translation>Die Rechnungen und Rechnungskorrekturen eines Zeitraums oder seine Zahlungen als CSV-Datei für Ihre Buchhaltung speichern</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>PDF with Factur-X e-invoice data…</source>
        <translation>PDF mit E-Rechnungsdaten (Factur-X/ZUGFeRD)…</translation>
    </message>
    <message>
        <source>Payment reminder…</source>
        <translation>Zahlungserinnerung…</translation>
    </message>
    <message>
        <source>Payment reminder by e-mail…</source>
        <translation>Zahlungserinnerung per E-Mail…</translation>
    </message>
    <message>
        <source>An issued invoice is fixed</source>
        <translation>Eine ausgestellte Rechnung ist festgeschrieben</translation>
    </message>
    <message>
        <source>An issued invoice cannot be changed; it is corrected by a credit note.</source>
        <translation>Eine ausgestellte Rechnung lässt sich nicht ändern; sie wird durch eine Rechnungskorrektur berichtigt.</translation>
    </message>
    <message>
        <source>Nothing to invoice</source>
        <translation>Nichts abzurechnen</translation>
    </message>
    <message>
        <source>Delete draft invoice</source>
        <translation>Rechnungsentwurf löschen</translation>
    </message>
    <message>
        <source>Delete this draft invoice to %1? Its sessions can then be billed again.</source>
        <translation>Diesen Rechnungsentwurf an %1 löschen? Seine Sitzungen können dann erneut abgerechnet werden.</translation>
    </message>
    <message>
        <source>An issued invoice is kept</source>
        <translation>Eine ausgestellte Rechnung bleibt erhalten</translation>
    </message>
    <message>
        <source>An issued invoice is never deleted; correct it with a credit note (Credit…).</source>
        <translation>Eine ausgestellte Rechnung wird nie gelöscht; berichtigen Sie sie mit einer Rechnungskorrektur (Korrigieren…).</translation>
    </message>
    <message>
        <source>The invoice was not issued</source>
        <translation>Die Rechnung wurde nicht ausgestellt</translation>
    </message>
    <message>
        <source>Issued as invoice %1.</source>
        <translation>Als Rechnung %1 ausgestellt.</translation>
    </message>
    <message>
        <source>Credit note %1 issued.</source>
        <translation>Rechnungskorrektur %1 ausgestellt.</translation>
    </message>
    <message>
        <source>Payment recorded; invoice %1 is now %2.</source>
        <translation>Zahlung erfasst; Rechnung %1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>Refund recorded for %1.</source>
        <translation>Rückerstattung zu %1 erfasst.</translation>
    </message>
    <message>
        <source>The reminder is open in your mail program as a draft: check it and send it from there. It is recorded in Ethics › Sent out.</source>
        <translation>Die Zahlungserinnerung liegt als Entwurf in Ihrem E-Mail-Programm: Prüfen Sie sie und senden Sie sie von dort. Sie ist unter Ethik › Ausgang erfasst.</translation>
    </message>
</context>
<context>
    <name>PackageBillingDialog</name>
    <message>
        <source>Invoice the package</source>
        <translation>Paket abrechnen</translation>
    </message>
    <message>
        <source>This engagement has a fee for the whole package. Bill it on one invoice, or in equal blocks as the payment terms say, one draft per block when it falls due; the last block takes the rounding remainder, so the blocks add up to the fee exactly.</source>
        <translation>Dieser Coaching-Auftrag hat ein Honorar für das ganze Paket. Rechnen Sie es mit einer Rechnung ab oder, wie die Zahlungsbedingungen es vorsehen, in gleichen Raten, ein Entwurf je Rate bei Fälligkeit; die letzte Rate übernimmt den Rundungsrest, sodass die Raten genau das Honorar ergeben.</translation>
    </message>
    <message>
        <source>The whole package</source>
        <translation>Das ganze Paket</translation>
    </message>
    <message>
        <source>The next block, of</source>
        <translation>Die nächste Rate, von</translation>
    </message>
    <message>
        <source>Number of blocks</source>
        <translation>Anzahl der Raten</translation>
    </message>
    <message>
        <source> blocks</source>
        <translation> Raten</translation>
    </message>
    <message>
        <source>Next: block %1 of %2.</source>
        <translation>Als Nächstes: Rate %1 von %2.</translation>
    </message>
    <message>
        <source>Make the draft</source>
        <translation>Entwurf anlegen</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record payment for %1</source>
        <translation>Zahlung für %1 erfassen</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Zahlung erfassen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Betrag (%1)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>e.g. the bank statement&apos;s reference</source>
        <translation>z. B. der Verwendungszweck auf dem Kontoauszug</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Record refund for %1</source>
        <translation>Rückerstattung zu %1 erfassen</translation>
    </message>
    <message>
        <source>Record refund</source>
        <translation>Rückerstattung erfassen</translation>
    </message>
    <message>
        <source>%1 is to be paid back to %2.</source>
        <translation>%1 sind an %2 zurückzuzahlen.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Betrag (%1)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>e.g. the bank statement&apos;s reference</source>
        <translation>z. B. die Referenz auf dem Kontoauszug</translation>
    </message>
    <message>
        <source>No refund is due on this invoice any more.</source>
        <translation>Zu dieser Rechnung ist keine Rückerstattung mehr offen.</translation>
    </message>
</context>
</TS>
