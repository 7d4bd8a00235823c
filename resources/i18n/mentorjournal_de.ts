<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../ui/backup_ui.py" line="180"/>
        <source>Backup folder</source>
        <extracomment>The user chose a backup and its key checks out: (backup path, key).</extracomment>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="182"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="183"/>
        <source>Choose the backup folder</source>
        <translation>Sicherungsordner auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="191"/>
        <source>Number of backups to keep</source>
        <translation>Anzahl der aufbewahrten Sicherungen</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="192"/>
        <source> newest backups</source>
        <translation> neueste Sicherungen</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="195"/>
        <source>Backups are encrypted copies of the journal: the passphrase in use when each was made opens it. A backup is made automatically once a day.</source>
        <translation>Sicherungen sind verschlüsselte Kopien des Journals: Jede öffnet sich mit der Passphrase, die beim Erstellen galt. Einmal am Tag wird automatisch eine Sicherung erstellt.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="201"/>
        <source>Second backup folder</source>
        <translation>Zweiter Sicherungsordner</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="202"/>
        <source>another drive or a cloud folder (none yet)</source>
        <translation>ein anderes Laufwerk oder ein Cloud-Ordner (noch keiner)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="204"/>
        <source>C&amp;hoose…</source>
        <translation>Ausw&amp;ählen…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="205"/>
        <source>Choose the second backup folder</source>
        <translation>Den zweiten Sicherungsordner auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="212"/>
        <source>Which backups are kept</source>
        <translation>Welche Sicherungen aufbewahrt werden</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="216"/>
        <source>Copies off this disk</source>
        <translation>Kopien außerhalb dieses Datenträgers</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="220"/>
        <source>Last backup</source>
        <translation>Letzte Sicherung</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="222"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="223"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="223"/>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="223"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="234"/>
        <source>Back &amp;up now</source>
        <translation>Jetzt s&amp;ichern</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="236"/>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="239"/>
        <source>Replace the journal with the selected backup (the current journal is kept as a backup first).</source>
        <translation>Das Journal durch die ausgewählte Sicherung ersetzen (das aktuelle Journal wird vorher als Sicherung aufbewahrt).</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="249"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="252"/>
        <source>&amp;Keep:</source>
        <translation>Auf&amp;bewahren:</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="253"/>
        <source>&amp;Also copy backups to:</source>
        <translation>Sicherungen a&amp;uch kopieren nach:</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="297"/>
        <source>Your own backups (Back up now) are never removed automatically to make room: the newest {keep} of them are kept. Automatic ones (daily, before an import, a passphrase change or an upgrade) are kept by age: all of the last day, one a day for {daily} days, one a week for {weekly} weeks, one a month for {monthly} months. So a record you delete for good stays in automatic backups for about {months} months ({days} days), and in your own backups until you remove them.</source>
        <translation>Ihre eigenen Sicherungen (Jetzt sichern) werden nie automatisch entfernt, um Platz zu schaffen: Die neuesten {keep} davon bleiben erhalten. Automatische (täglich, vor einem Import, einer Passphrasenänderung oder einer Aktualisierung) werden nach Alter aufbewahrt: alle des letzten Tages, eine pro Tag für {daily} Tage, eine pro Woche für {weekly} Wochen, eine pro Monat für {monthly} Monate. Ein endgültig gelöschter Eintrag bleibt also etwa {months} Monate ({days} Tage) in automatischen Sicherungen und in Ihren eigenen, bis Sie sie entfernen.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="324"/>
        <source>Second folder for backups</source>
        <translation>Zweiter Ordner für Sicherungen</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="359"/>
        <source>Backup written, and copied to {folder}.</source>
        <translation>Sicherung geschrieben und nach {folder} kopiert.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="364"/>
        <source>Backup written.</source>
        <translation>Sicherung geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="375"/>
        <source>Restore the backup of {when}?</source>
        <translation>Die Sicherung vom {when} wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="377"/>
        <source>The journal is closed and replaced by this backup; changes made since then are set aside as a backup of the current journal, not lost.</source>
        <translation>Das Journal wird geschlossen und durch diese Sicherung ersetzt; seitdem gemachte Änderungen gehen nicht verloren, sondern werden als Sicherung des aktuellen Journals aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="427"/>
        <source>Daily backup written.</source>
        <translation>Tägliche Sicherung geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="429"/>
        <source>The daily backup failed: {message}</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="423"/>
        <source>New &amp;reflection…</source>
        <translation>Neue &amp;Reflexion…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="426"/>
        <source>New &amp;session…</source>
        <translation>Neue &amp;Sitzung…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="433"/>
        <source>New {kind}…</source>
        <translation>{kind} neu…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="437"/>
        <source>&amp;Open journal…</source>
        <translation>Journal ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="439"/>
        <source>&amp;Lock</source>
        <translation>Sp&amp;erren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="440"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="442"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="443"/>
        <source>&amp;About MentorJournal</source>
        <translation>&amp;Über MentorJournal</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="447"/>
        <source>MentorJournal &amp;guide</source>
        <translation>MentorJournal-&amp;Anleitung</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="450"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453"/>
        <source>&amp;Settings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="461"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="463"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="464"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="465"/>
        <source>T&amp;idy up…</source>
        <translation>Aufräu&amp;men…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="467"/>
        <source>Quick &amp;check-in…</source>
        <translation>Kurzer &amp;Check-in…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="469"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="470"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="472"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="474"/>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="477"/>
        <source>Select &amp;all</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="480"/>
        <location filename="../../ui/record_views.py" line="278"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="482"/>
        <source>Move the selected record to the trash</source>
        <translation>Den ausgewählten Eintrag in den Papierkorb verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="484"/>
        <source>&amp;Trash</source>
        <translation>&amp;Papierkorb</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="547"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="550"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="556"/>
        <source>T&amp;heme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1078"/>
        <source>Open the selected record</source>
        <translation>Den ausgewählten Eintrag öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1078"/>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1080"/>
        <source>Undo a delete (in a list)</source>
        <translation>Löschen rückgängig machen (in einer Liste)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1085"/>
        <source>From the search field to the results</source>
        <translation>Vom Suchfeld zu den Ergebnissen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1085"/>
        <source>Down</source>
        <translation>Pfeil nach unten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1086"/>
        <source>Next field, previous field</source>
        <translation>Nächstes Feld, vorheriges Feld</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1086"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1087"/>
        <source>A menu</source>
        <translation>Ein Menü</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1087"/>
        <source>Alt + its underlined letter</source>
        <translation>Alt + unterstrichener Buchstabe</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/insights/cards.py" line="98"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/insights/cards.py" line="100"/>
        <source>Write today to keep it going.</source>
        <translation>Schreiben Sie heute, damit es weitergeht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/insights/cards.py" line="102"/>
        <source>Longest: %n day(s).</source>
        <translation>
            <numerusform>Längste: %n Tag.</numerusform>
            <numerusform>Längste: %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/insights/cards.py" line="105"/>
        <source>Write a reflection today to start one.</source>
        <translation>Schreiben Sie heute eine Reflexion, um eine Serie zu beginnen.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/cards.py" line="110"/>
        <source>Days in a row with a reflection; a session written up within 48 hours counts too. Always the whole journal.</source>
        <translation>Tage in Folge mit einer Reflexion; eine innerhalb von 48 Stunden festgehaltene Sitzung zählt auch. Immer das ganze Journal.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/cards.py" line="120"/>
        <source>Confidence as mentee, last 30 days</source>
        <translation>Zuversicht als Mentee, letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../../ui/insights/cards.py" line="121"/>
        <source>Confidence as mentor, last 30 days</source>
        <translation>Zuversicht als Mentor, letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../../ui/insights/cards.py" line="124"/>
        <source>Confidence, last 30 days</source>
        <translation>Zuversicht, letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../../ui/insights/cards.py" line="127"/>
        <source>No confidence ratings in the last 30 days.</source>
        <translation>Keine Zuversichtsbewertungen in den letzten 30 Tagen.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/cards.py" line="130"/>
        <source>No ratings in the 30 days before to compare with.</source>
        <translation>Keine Bewertungen in den 30 Tagen davor zum Vergleich.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/cards.py" line="139"/>
        <source>{change} vs {previous} in the 30 days before</source>
        <translation>{change} gegenüber {previous} in den 30 Tagen davor</translation>
    </message>
    <message>
        <location filename="../../ui/insights/cards.py" line="144"/>
        <source>Average confidence rating with {name}, from reflections and sessions.</source>
        <translation>Mittlere Zuversicht mit {name}, aus Reflexionen und Sitzungen.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/cards.py" line="148"/>
        <source>Average confidence rating, from reflections and sessions.</source>
        <translation>Mittlere Zuversicht, aus Reflexionen und Sitzungen.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/cards.py" line="153"/>
        <location filename="../../ui/reading.py" line="184"/>
        <source>since {day}</source>
        <translation>seit {day}</translation>
    </message>
    <message>
        <location filename="../../ui/insights/cards.py" line="154"/>
        <source>Wins logged this quarter for goals with {name}.</source>
        <translation>In diesem Quartal festgehaltene Erfolge für Ziele mit {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/cards.py" line="156"/>
        <source>Wins logged this quarter.</source>
        <translation>In diesem Quartal festgehaltene Erfolge.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/insights/cards.py" line="160"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/insights/cards.py" line="162"/>
        <source>none overdue</source>
        <translation>keine überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/insights/cards.py" line="167"/>
        <source>Action items not done yet with {name}, any owner.</source>
        <translation>Noch nicht erledigte Aufgaben mit {name}, egal wer zuständig ist.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/cards.py" line="169"/>
        <source>Action items not done yet, any owner.</source>
        <translation>Noch nicht erledigte Aufgaben, egal wer zuständig ist.</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="250"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_ui.py" line="91"/>
        <source>Exporting</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_ui.py" line="92"/>
        <source>Writing {name}…</source>
        <translation>{name} wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_ui.py" line="103"/>
        <source>Exported to {path}.</source>
        <translation>Nach {path} exportiert.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_ui.py" line="124"/>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_ui.py" line="125"/>
        <source>Importing {name}…</source>
        <translation>{name} wird importiert…</translation>
    </message>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="83"/>
        <source>no change to compare yet</source>
        <translation>noch keine Veränderung zum Vergleichen</translation>
    </message>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="87"/>
        <source>up</source>
        <translation>nach oben</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="84"/>
        <source>No session held with {name} yet: this will be your first.</source>
        <translation>Noch keine Sitzung mit {name}: Dies wird Ihre erste.</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="97"/>
        <source>Next planned: {when}</source>
        <translation>Nächste geplante: {when}</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="98"/>
        <source>Session with {name}</source>
        <extracomment>Linked records listed under a record, at most this many per kind of link.</extracomment>
        <translation>Sitzung mit {name}</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="106"/>
        <location filename="../../ui/reading.py" line="218"/>
        <source>Untitled reflection</source>
        <translation>Reflexion ohne Titel</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="114"/>
        <location filename="../../ui/reading.py" line="265"/>
        <source>done {day}</source>
        <translation>erledigt am {day}</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="114"/>
        <location filename="../../ui/reading.py" line="265"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="116"/>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="154"/>
        <source>… and {n} more</source>
        <translation>… und {n} weitere</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="170"/>
        <source>Attachments ({n})</source>
        <translation>Anhänge ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="186"/>
        <source>until {day}</source>
        <translation>bis {day}</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="190"/>
        <source>Introduced by</source>
        <translation>Vorgestellt von</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="192"/>
        <source>Follow-up</source>
        <translation>Nachbereitung</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="194"/>
        <source>Meet every</source>
        <translation>Treffen alle</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="194"/>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="196"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="197"/>
        <location filename="../../ui/reading.py" line="214"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="202"/>
        <source>{n} min</source>
        <translation>{n} Min.</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="205"/>
        <source>Confidence before</source>
        <translation>Zuversicht vorher</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="206"/>
        <source>Confidence after</source>
        <translation>Zuversicht nachher</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="207"/>
        <location filename="../../ui/reading.py" line="224"/>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="211"/>
        <source>Next session</source>
        <translation>Nächste Sitzung</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="213"/>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="215"/>
        <source>Takeaways</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="221"/>
        <source>template: {name}</source>
        <translation>Vorlage: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="223"/>
        <source>Confidence</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="229"/>
        <source>After</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="237"/>
        <source>retired {day}</source>
        <translation>ruht seit {day}</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="238"/>
        <location filename="../../ui/reading.py" line="246"/>
        <source>Target level</source>
        <translation>Zielstufe</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="239"/>
        <location filename="../../ui/reading.py" line="260"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="244"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="249"/>
        <source>Given in</source>
        <translation>Abgegeben in</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="254"/>
        <source>{n}% done</source>
        <translation>{n} % erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="256"/>
        <source>target {day}</source>
        <translation>Zieldatum {day}</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="259"/>
        <location filename="../../ui/reading.py" line="272"/>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="262"/>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="268"/>
        <source>due {day}</source>
        <translation>fällig am {day}</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="270"/>
        <location filename="../../ui/reading.py" line="283"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="271"/>
        <source>Agreed in</source>
        <translation>Vereinbart in</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="284"/>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="291"/>
        <source>Nothing to show.</source>
        <translation>Nichts zu zeigen.</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="296"/>
        <source>Written {when}</source>
        <translation>Geschrieben {when}</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="297"/>
        <source>last changed {when}</source>
        <translation>zuletzt geändert {when}</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="344"/>
        <source>Select a record to read it here. Enter or a double-click opens it for editing.</source>
        <translation>Wählen Sie einen Eintrag, um ihn hier zu lesen. Eingabe oder ein Doppelklick öffnet ihn zum Bearbeiten.</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="365"/>
        <source>Rendering…</source>
        <translation>Wird dargestellt…</translation>
    </message>
    <message>
        <location filename="../../ui/record_models.py" line="64"/>
        <location filename="../../ui/record_models.py" line="122"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/record_models.py" line="120"/>
        <source>Done {day}</source>
        <translation>Erledigt am {day}</translation>
    </message>
    <message>
        <location filename="../../ui/record_models.py" line="122"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../ui/record_views.py" line="272"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="61"/>
        <source>C {before}→{after}</source>
        <extracomment>The kinds on the timeline, with their words (for the kind column and filter). The core&apos;s sort key for each column (``queries.SORTS``).</extracomment>
        <translation>Z {before}→{after}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="66"/>
        <source>C {value}</source>
        <translation>Z {value}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="68"/>
        <source>M {value}</source>
        <translation>M {value}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="74"/>
        <source>Rated {value} out of 10</source>
        <translation>Mit {value} von 10 bewertet</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="78"/>
        <source>Confidence {before} before, {after} after</source>
        <translation>Zuversicht {before} vorher, {after} nachher</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="83"/>
        <source>Confidence {value}</source>
        <translation>Zuversicht {value}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="85"/>
        <source>motivation {value}</source>
        <translation>Motivation {value}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="229"/>
        <source>C: confidence (before → after a session), M: motivation</source>
        <translation>Z: Zuversicht (vor → nach einer Sitzung), M: Motivation</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="48"/>
        <source>{date} · quiet {n} d</source>
        <translation>{date} · still seit {n} T.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="108"/>
        <source>Meet every {n} days</source>
        <translation>Treffen alle {n} Tage</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="110"/>
        <source>last met {date}</source>
        <translation>zuletzt getroffen am {date}</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="112"/>
        <source>next due {date}</source>
        <translation>nächstes fällig am {date}</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="115"/>
        <source>gone quiet: {n} days overdue</source>
        <translation>still geworden: {n} Tage überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/salvage_dialog.py" line="49"/>
        <source>{n} rows copied into {name}.</source>
        <translation>{n} Zeilen nach {name} kopiert.</translation>
    </message>
    <message>
        <location filename="../../ui/salvage_dialog.py" line="52"/>
        <source>Could not be read: {parts}.</source>
        <translation>Nicht lesbar: {parts}.</translation>
    </message>
    <message>
        <location filename="../../ui/salvage_dialog.py" line="55"/>
        <source>Left out because what they belonged to was lost: {parts}.</source>
        <translation>Ausgelassen, weil verloren ging, wozu sie gehörten: {parts}.</translation>
    </message>
    <message>
        <location filename="../../ui/salvage_dialog.py" line="60"/>
        <source>{n} placeholder(s) stand in for lost people or skills (named “… (salvaged)”).</source>
        <translation>{n} Platzhalter stehen für verlorene Personen oder Fähigkeiten (benannt „… (salvaged)“).</translation>
    </message>
    <message>
        <location filename="../../ui/salvage_dialog.py" line="63"/>
        <source>Nothing was lost.</source>
        <translation>Nichts ging verloren.</translation>
    </message>
</context>
<context>
    <name>ActionItemsField</name>
    <message>
        <location filename="../../ui/editors/actions.py" line="49"/>
        <location filename="../../ui/editors/actions.py" line="87"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../ui/editors/actions.py" line="70"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/editors/actions.py" line="85"/>
        <source>Action items of this session</source>
        <translation>Aufgaben dieser Sitzung</translation>
    </message>
    <message>
        <location filename="../../ui/editors/actions.py" line="87"/>
        <location filename="../../ui/editors/actions.py" line="150"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/editors/actions.py" line="87"/>
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../ui/editors/actions.py" line="87"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../ui/editors/actions.py" line="106"/>
        <source>&amp;Add action item</source>
        <translation>Aufgabe &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/editors/actions.py" line="107"/>
        <source>Add an action item to this session</source>
        <translation>Dieser Sitzung eine Aufgabe hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/editors/actions.py" line="112"/>
        <source>Arrows move between cells; type or F2 to change one, Enter to keep it; Space ticks Done.</source>
        <translation>Pfeiltasten wechseln die Zelle; tippen oder F2 ändert sie, Eingabe übernimmt; Leertaste hakt „Erledigt“ ab.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/actions.py" line="119"/>
        <source>Problem with an action item</source>
        <translation>Problem mit einer Aufgabe</translation>
    </message>
</context>
<context>
    <name>ActionsChart</name>
    <message>
        <location filename="../../ui/insights/actions_chart.py" line="24"/>
        <source>No action items were due in this range.
Give action items a due date to see how many you complete in time.</source>
        <translation>In diesem Zeitraum waren keine Aufgaben fällig.
Geben Sie Aufgaben ein Fälligkeitsdatum, um zu sehen, wie viele Sie rechtzeitig erledigen.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/actions_chart.py" line="33"/>
        <source>Action items: completed vs due</source>
        <translation>Aufgaben: erledigt und fällig</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/insights/actions_chart.py" line="72"/>
        <source>%n open action item(s) overdue now.</source>
        <translation>
            <numerusform>%n offene Aufgabe ist jetzt überfällig.</numerusform>
            <numerusform>%n offene Aufgaben sind jetzt überfällig.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/insights/actions_chart.py" line="77"/>
        <source>{due} due in this range: {done} done ({share}%), {on_time} of them on time.</source>
        <translation>{due} in diesem Zeitraum fällig: {done} erledigt ({share} %), davon {on_time} rechtzeitig.</translation>
    </message>
</context>
<context>
    <name>AfterSessionDialog</name>
    <message>
        <location filename="../../ui/after_session.py" line="48"/>
        <source>I was the mentee</source>
        <translation>Ich war Mentee</translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="49"/>
        <source>I was the mentor</source>
        <translation>Ich war Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="67"/>
        <location filename="../../ui/after_session.py" line="153"/>
        <source>After the session with {name}</source>
        <translation>Nach der Sitzung mit {name}</translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="71"/>
        <source>When the session was held</source>
        <translation>Wann die Sitzung stattfand</translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="74"/>
        <source>My role</source>
        <translation>Meine Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="79"/>
        <source>Format</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="84"/>
        <source>Confidence before</source>
        <translation>Zuversicht vorher</translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="85"/>
        <source>Confidence after</source>
        <translation>Zuversicht nachher</translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="86"/>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="90"/>
        <source>Session notes</source>
        <translation>Sitzungsnotizen</translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="93"/>
        <source>Takeaways</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="94"/>
        <source>What will you take away from this session?</source>
        <translation>Was nehmen Sie aus dieser Sitzung mit?</translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="100"/>
        <source>Agenda lines: tick the ones that became action items</source>
        <translation>Tagesordnungspunkte: Haken Sie die an, aus denen Aufgaben wurden</translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="103"/>
        <source>Action item (tick to create)</source>
        <translation>Aufgabe (zum Anlegen anhaken)</translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="103"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="113"/>
        <source>&amp;Add action item</source>
        <translation>Aufgabe &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="122"/>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="123"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="124"/>
        <source>&amp;Format:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="125"/>
        <source>Confidence &amp;before:</source>
        <translation>Zuversicht &amp;vorher:</translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="126"/>
        <source>Confi&amp;dence after:</source>
        <translation>Zuversicht &amp;nachher:</translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="127"/>
        <source>&amp;Motivation:</source>
        <translation>&amp;Motivation:</translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="129"/>
        <source>&amp;Notes — the agenda, ready to turn into what you talked about:</source>
        <translation>No&amp;tizen – die Tagesordnung, bereit, daraus das Besprochene zu machen:</translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="132"/>
        <source>&amp;Takeaways:</source>
        <translation>&amp;Erkenntnisse:</translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="135"/>
        <source>Action &amp;items: tick the agenda lines that became action items</source>
        <translation>&amp;Aufgaben: Haken Sie die Punkte an, aus denen Aufgaben wurden</translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="141"/>
        <source>&amp;Save session</source>
        <translation>Sitzung &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="103"/>
        <location filename="../../ui/after_session.py" line="195"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="196"/>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="197"/>
        <source>Them</source>
        <translation>Gegenüber</translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="201"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="205"/>
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../ui/editors/attachments.py" line="64"/>
        <source>Attachments</source>
        <extracomment>Files up to this size are stored at once; larger ones behind a progress dialog.</extracomment>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location filename="../../ui/editors/attachments.py" line="67"/>
        <source>Attach &amp;file…</source>
        <translation>Datei &amp;anhängen…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/attachments.py" line="70"/>
        <source>Attach a file or picture (stored encrypted in the journal, up to {limit}); you can also drop files on the text or paste a picture</source>
        <translation>Eine Datei oder ein Bild anhängen (verschlüsselt im Journal gespeichert, bis {limit}); Sie können Dateien auch auf den Text ziehen oder ein Bild einfügen</translation>
    </message>
    <message>
        <location filename="../../ui/editors/attachments.py" line="76"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/editors/attachments.py" line="77"/>
        <source>Remove the selected attachment</source>
        <translation>Den ausgewählten Anhang entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/editors/attachments.py" line="80"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/attachments.py" line="81"/>
        <source>Save the selected attachment as a file</source>
        <translation>Den ausgewählten Anhang als Datei speichern</translation>
    </message>
    <message>
        <location filename="../../ui/editors/attachments.py" line="86"/>
        <source>Attachment message</source>
        <translation>Meldung zum Anhang</translation>
    </message>
    <message>
        <location filename="../../ui/editors/attachments.py" line="89"/>
        <source>none — drop files on the text, or paste a picture</source>
        <translation>keine – ziehen Sie Dateien auf den Text oder fügen Sie ein Bild ein</translation>
    </message>
    <message>
        <location filename="../../ui/editors/attachments.py" line="93"/>
        <source>Attachments:</source>
        <translation>Anhänge:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/attachments.py" line="152"/>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <location filename="../../ui/editors/attachments.py" line="154"/>
        <location filename="../../ui/editors/attachments.py" line="267"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/attachments.py" line="164"/>
        <source>Not attached: the entry could not be saved yet (see the message above).</source>
        <translation>Nicht angehängt: Der Eintrag konnte noch nicht gespeichert werden (siehe die Meldung oben).</translation>
    </message>
    <message>
        <location filename="../../ui/editors/attachments.py" line="183"/>
        <location filename="../../ui/editors/attachments.py" line="228"/>
        <source>Not attached: {reason}.</source>
        <translation>Nicht angehängt: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/attachments.py" line="208"/>
        <source>Attaching</source>
        <translation>Anhängen</translation>
    </message>
    <message>
        <location filename="../../ui/editors/attachments.py" line="209"/>
        <source>Storing {name} in the journal…</source>
        <translation>{name} wird im Journal gespeichert…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/attachments.py" line="238"/>
        <source>Attached {n} file(s), stored encrypted in the journal.</source>
        <translation>{n} Datei(en) angehängt, verschlüsselt im Journal gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/attachments.py" line="257"/>
        <source>Removed {name}.</source>
        <translation>{name} entfernt.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/attachments.py" line="265"/>
        <source>Save the attachment as (not encrypted)</source>
        <translation>Den Anhang speichern unter (nicht verschlüsselt)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/attachments.py" line="278"/>
        <source>Not saved: {reason}.</source>
        <translation>Nicht gespeichert: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/attachments.py" line="286"/>
        <source>Saved to {path} (not encrypted).</source>
        <translation>Nach {path} gespeichert (nicht verschlüsselt).</translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message>
        <location filename="../../ui/calendar_ui.py" line="33"/>
        <source>Import calendar invitation</source>
        <translation>Kalendereinladung importieren</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_ui.py" line="58"/>
        <source>Export calen&amp;dar (.ics)…</source>
        <translation>&amp;Kalender exportieren (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_ui.py" line="60"/>
        <source>Import in&amp;vitation (.ics)…</source>
        <translation>Ein&amp;ladung importieren (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_ui.py" line="82"/>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_ui.py" line="93"/>
        <source>The calendar could not be written.</source>
        <translation>Der Kalender konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_ui.py" line="97"/>
        <source>Wrote {n} events to {name}.</source>
        <translation>{n} Termine nach {name} geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_ui.py" line="99"/>
        <source>Planned sessions and due action items, titles and names only. Import the file into your calendar app; it is not encrypted.</source>
        <translation>Geplante Sitzungen und fällige Aufgaben, nur Titel und Namen. Importieren Sie die Datei in Ihre Kalender-App; sie ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_ui.py" line="122"/>
        <source>Import invitation</source>
        <translation>Einladung importieren</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_ui.py" line="123"/>
        <source>A session on {when}. With whom?</source>
        <translation>Eine Sitzung am {when}. Mit wem?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_ui.py" line="128"/>
        <source>Add the person first, then the invitation.</source>
        <translation>Legen Sie zuerst die Person an, dann die Einladung.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_ui.py" line="137"/>
        <source>Moved the planned session to {when}.</source>
        <translation>Die geplante Sitzung auf {when} verschoben.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_ui.py" line="139"/>
        <source>Planned a session on {when}.</source>
        <translation>Eine Sitzung am {when} geplant.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="75"/>
        <source>The new key could not be remembered on this computer.</source>
        <translation>Der neue Schlüssel konnte auf diesem Computer nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="114"/>
        <source>The current passphrase is not right.</source>
        <translation>Die aktuelle Passphrase ist nicht richtig.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="133"/>
        <location filename="../../ui/passphrase_dialog.py" line="166"/>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="139"/>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="140"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="141"/>
        <source>Repeat the new passphrase</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="146"/>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="149"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="153"/>
        <source>The journal is re-encrypted under the new passphrase. A backup is made first; if anything interrupts the change, the journal still opens with the old or the new passphrase.</source>
        <translation>Das Journal wird mit der neuen Passphrase neu verschlüsselt. Vorher wird eine Sicherung erstellt; wird die Änderung unterbrochen, öffnet sich das Journal weiterhin mit der alten oder der neuen Passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="161"/>
        <source>Progress of the passphrase change</source>
        <translation>Fortschritt der Passphrasenänderung</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="171"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="172"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="173"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="196"/>
        <source>The two new passphrases differ.</source>
        <translation>Die beiden neuen Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="198"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Die neue Passphrase ist dieselbe wie die aktuelle.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="268"/>
        <source>Your passphrase is changed. Show a new recovery key?</source>
        <translation>Ihre Passphrase ist geändert. Einen neuen Wiederherstellungsschlüssel anzeigen?</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="269"/>
        <source>The old recovery key no longer opens the journal.</source>
        <translation>Der alte Wiederherstellungsschlüssel öffnet das Journal nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../ui/insights/chart_base.py" line="124"/>
        <source>Nothing to show yet.</source>
        <extracomment>Short name used in suggested file names.</extracomment>
        <translation>Noch nichts zu zeigen.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/chart_base.py" line="132"/>
        <source>{title} chart</source>
        <translation>Diagramm {title}</translation>
    </message>
    <message>
        <location filename="../../ui/insights/chart_base.py" line="145"/>
        <source>{title}: nothing to show</source>
        <translation>{title}: nichts zu zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/insights/chart_base.py" line="147"/>
        <source>{title} as a table</source>
        <translation>{title} als Tabelle</translation>
    </message>
    <message>
        <location filename="../../ui/insights/chart_base.py" line="155"/>
        <source>Show as table</source>
        <translation>Als Tabelle zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/insights/chart_base.py" line="156"/>
        <source>Show the numbers of %s as a table</source>
        <translation>Die Zahlen von %s als Tabelle zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/insights/chart_base.py" line="161"/>
        <source>Save image…</source>
        <translation>Bild speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/insights/chart_base.py" line="162"/>
        <source>Save the %s chart as a PNG image</source>
        <translation>Das Diagramm %s als PNG-Bild speichern</translation>
    </message>
    <message>
        <location filename="../../ui/insights/chart_base.py" line="166"/>
        <source>Export data…</source>
        <translation>Daten exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/insights/chart_base.py" line="167"/>
        <source>Export the numbers of %s as CSV</source>
        <translation>Die Zahlen von %s als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/insights/chart_base.py" line="280"/>
        <source>Save %s as an image</source>
        <translation>%s als Bild speichern</translation>
    </message>
    <message>
        <location filename="../../ui/insights/chart_base.py" line="282"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/insights/chart_base.py" line="290"/>
        <source>Export the data of %s</source>
        <translation>Die Daten von %s exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/insights/chart_base.py" line="292"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/insights/chart_base.py" line="304"/>
        <source>Could not write %s.</source>
        <translation>%s konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/chart_base.py" line="305"/>
        <source>The file could not be written.</source>
        <translation>Die Datei konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../../ui/checkin.py" line="45"/>
        <source>Quick check-in — MentorJournal</source>
        <extracomment>The main window&apos;s shortcut for the quick check-in.</extracomment>
        <translation>Kurzer Check-in — MentorJournal</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="47"/>
        <source>&lt;b&gt;How are you today?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wie geht es Ihnen heute?&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="48"/>
        <source>Type a number for each (1–10; 1 then 0 is 10), Tab between them.</source>
        <translation>Tippen Sie jeweils eine Zahl (1–10; 1 und dann 0 ergibt 10), mit Tab zum nächsten Feld.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="51"/>
        <location filename="../../ui/checkin.py" line="94"/>
        <source>Confidence</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="52"/>
        <location filename="../../ui/checkin.py" line="94"/>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="54"/>
        <source>One line about today</source>
        <translation>Eine Zeile über heute</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="55"/>
        <source>One line about today (optional)</source>
        <translation>Eine Zeile über heute (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="58"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="65"/>
        <source>&amp;Confidence:</source>
        <translation>&amp;Zuversicht:</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="66"/>
        <source>&amp;Motivation:</source>
        <translation>&amp;Motivation:</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="67"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="90"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../ui/app.py" line="310"/>
        <source>Backup written.</source>
        <extracomment>Screen lock and sleep (made with the window, on the real buses, unless given).</extracomment>
        <translation>Sicherung geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="350"/>
        <source>Restoring</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="351"/>
        <source>Restoring the backup…</source>
        <translation>Die Sicherung wird wiederhergestellt…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="357"/>
        <source>The backup was not restored; the journal is unchanged.</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt; das Journal ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="370"/>
        <source>The restored journal did not open.</source>
        <translation>Das wiederhergestellte Journal ließ sich nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="379"/>
        <source>The backup is restored.</source>
        <translation>Die Sicherung ist wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="380"/>
        <source>The journal as it was before is kept among the backups.</source>
        <translation>Das Journal im vorherigen Zustand wird bei den Sicherungen aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/editors/fields.py" line="292"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../../ui/editors/fields.py" line="304"/>
        <source>Pick…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/fields.py" line="306"/>
        <source>{field}: pick from a calendar</source>
        <translation>{field}: aus einem Kalender wählen</translation>
    </message>
    <message>
        <location filename="../../ui/editors/fields.py" line="313"/>
        <source>Pick from a calendar (Alt+Down)</source>
        <translation>Aus einem Kalender wählen (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <location filename="../../ui/record_views.py" line="302"/>
        <source>any date</source>
        <translation>beliebiges Datum</translation>
    </message>
    <message>
        <location filename="../../ui/record_views.py" line="311"/>
        <source>Pick a date</source>
        <translation>Ein Datum wählen</translation>
    </message>
    <message>
        <location filename="../../ui/record_views.py" line="333"/>
        <source>A date as YYYY-MM-DD, e.g. {day}</source>
        <translation>Ein Datum als JJJJ-MM-TT, z. B. {day}</translation>
    </message>
</context>
<context>
    <name>DueDelegate</name>
    <message>
        <location filename="../../ui/editors/actions.py" line="69"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
</context>
<context>
    <name>GoalsChart</name>
    <message>
        <location filename="../../ui/insights/goals_chart.py" line="37"/>
        <source>No active goals.
Set a goal with a target date and update its progress as you go; it shows here until it is achieved or dropped.</source>
        <extracomment>Bars drawn at most (the soonest target dates); the table and the CSV hold every goal.</extracomment>
        <translation>Keine aktiven Ziele.
Setzen Sie sich ein Ziel mit Zieldatum und tragen Sie den Fortschritt laufend ein; es erscheint hier, bis es erreicht oder aufgegeben ist.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/goals_chart.py" line="46"/>
        <source>Progress of active goals</source>
        <translation>Fortschritt der aktiven Ziele</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/insights/goals_chart.py" line="85"/>
        <source>%n active goal(s), {mean}% along on average</source>
        <translation>
            <numerusform>%n aktives Ziel, im Mittel zu {mean} % erreicht</numerusform>
            <numerusform>%n aktive Ziele, im Mittel zu {mean} % erreicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/insights/goals_chart.py" line="88"/>
        <source>%n past the target date.</source>
        <translation>
            <numerusform>%n nach dem Zieldatum.</numerusform>
            <numerusform>%n nach dem Zieldatum.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/insights/goals_chart.py" line="89"/>
        <source>Soonest target date at the top; click a bar to open the goal.</source>
        <translation>Das nächste Zieldatum steht oben; klicken Sie auf einen Balken, um das Ziel zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/goals_chart.py" line="92"/>
        <source>The {shown} soonest are drawn; all {count} are in the table.</source>
        <translation>Die {shown} nächsten sind gezeichnet; alle {count} stehen in der Tabelle.</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../ui/goals_page.py" line="37"/>
        <source>Active goals</source>
        <extracomment>The goals shown; achieved and dropped ones are the archive, one choice away.</extracomment>
        <translation>Aktive Ziele</translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="38"/>
        <source>Achieved goals</source>
        <translation>Erreichte Ziele</translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="39"/>
        <source>Dropped goals</source>
        <translation>Aufgegebene Ziele</translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="40"/>
        <source>All goals</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="42"/>
        <source>No goals or open action items here. Goals give your sessions a direction: add one with a target date, then agree action items in your sessions to move it forward.</source>
        <translation>Hier gibt es keine Ziele und keine offenen Aufgaben. Ziele geben Ihren Sitzungen eine Richtung: Legen Sie eines mit einem Zieldatum an und vereinbaren Sie dann in Ihren Sitzungen Aufgaben, die es voranbringen.</translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="47"/>
        <source>Nothing matches: try &quot;All goals&quot; or tick &quot;Show done action items&quot;.</source>
        <translation>Nichts passt: Versuchen Sie „Alle Ziele“ oder haken Sie „Erledigte Aufgaben zeigen“ an.</translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="67"/>
        <source>Which goals</source>
        <translation>Welche Ziele</translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="70"/>
        <source>Show &amp;done action items</source>
        <translation>&amp;Erledigte Aufgaben zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="72"/>
        <source>Overdue action items</source>
        <translation>Überfällige Aufgaben</translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="73"/>
        <source>Goals and action items</source>
        <translation>Ziele und Aufgaben</translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="82"/>
        <source>New goal…</source>
        <translation>Neues Ziel…</translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="83"/>
        <source>New action item…</source>
        <translation>Neue Aufgabe…</translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="86"/>
        <source>Selected goal or action item</source>
        <translation>Ausgewähltes Ziel oder ausgewählte Aufgabe</translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="93"/>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="103"/>
        <source>Tick an action item to mark it done; untick to reopen it. Double-click a goal or an item to edit it.</source>
        <translation>Haken Sie eine Aufgabe an, um sie als erledigt zu markieren; entfernen Sie den Haken, um sie wieder zu öffnen. Doppelklicken Sie auf ein Ziel oder eine Aufgabe, um es zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="111"/>
        <source>&lt;h2&gt;Goals &amp;amp; actions&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ziele &amp;amp; Aufgaben&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="139"/>
        <source>Mark as &amp;open again</source>
        <translation>Wieder als &amp;offen markieren</translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="139"/>
        <source>Mark as &amp;done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/goals_page.py" line="205"/>
        <source>Overdue: %n action item(s)</source>
        <translation>
            <numerusform>Überfällig: %n Aufgabe</numerusform>
            <numerusform>Überfällig: %n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="207"/>
        <source>No overdue action items.</source>
        <translation>Keine überfälligen Aufgaben.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../ui/help.py" line="63"/>
        <source>MentorJournal guide</source>
        <translation>MentorJournal-Anleitung</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="67"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="69"/>
        <source>Guide topic</source>
        <translation>Thema der Anleitung</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="88"/>
        <source>The guide is not installed with this copy.</source>
        <translation>Die Anleitung ist in dieser Installation nicht enthalten.</translation>
    </message>
</context>
<context>
    <name>HeatmapChart</name>
    <message>
        <location filename="../../ui/insights/heatmap_chart.py" line="25"/>
        <source>No ratings in this range to colour the calendar with.</source>
        <translation>In diesem Zeitraum gibt es keine Bewertungen, mit denen sich der Kalender einfärben ließe.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/heatmap_chart.py" line="32"/>
        <source>Day by day</source>
        <translation>Tag für Tag</translation>
    </message>
    <message>
        <location filename="../../ui/insights/heatmap_chart.py" line="35"/>
        <source>Confidence</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <location filename="../../ui/insights/heatmap_chart.py" line="36"/>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <location filename="../../ui/insights/heatmap_chart.py" line="37"/>
        <source>Colour the days by</source>
        <translation>Die Tage einfärben nach</translation>
    </message>
    <message>
        <location filename="../../ui/insights/heatmap_chart.py" line="39"/>
        <source>Colour &amp;by:</source>
        <translation>Einfärben &amp;nach:</translation>
    </message>
    <message>
        <location filename="../../ui/insights/heatmap_chart.py" line="94"/>
        <source>as mentor</source>
        <translation>als Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/insights/heatmap_chart.py" line="94"/>
        <source>as mentee</source>
        <translation>als Mentee</translation>
    </message>
    <message>
        <location filename="../../ui/insights/heatmap_chart.py" line="95"/>
        <source>confidence</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <location filename="../../ui/insights/heatmap_chart.py" line="95"/>
        <source>motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <location filename="../../ui/insights/heatmap_chart.py" line="98"/>
        <source>{start} – {end}: {days} days with a {field} rating ({side}), {sessions} session days (dots). Stronger colour: a higher mean that day.</source>
        <translation>{start} – {end}: {days} Tage mit einer Bewertung der {field} ({side}), {sessions} Sitzungstage (Punkte). Kräftigere Farbe: ein höherer Mittelwert an dem Tag.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/heatmap_chart.py" line="108"/>
        <source>The last year of the range is shown.</source>
        <translation>Das letzte Jahr des Zeitraums wird gezeigt.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="94"/>
        <source>Import — MentorJournal</source>
        <extracomment>Daylio&apos;s mood: where it goes besides its tag (None: only the tag).</extracomment>
        <translation>Import — MentorJournal</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="107"/>
        <source>Bring in a journal from jrnl, Day One, Daylio, Joplin or Obsidian, or a MentorJournal JSON export. You see what will be imported before anything is written.</source>
        <translation>Holen Sie ein Journal aus jrnl, Day One, Daylio, Joplin oder Obsidian oder einen MentorJournal-JSON-Export herein. Sie sehen, was importiert wird, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="114"/>
        <source>File or folder to import</source>
        <translation>Zu importierende Datei oder Ordner</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="115"/>
        <source>A file, or a folder (Obsidian vault, Joplin RAW)</source>
        <translation>Eine Datei oder ein Ordner (Obsidian-Vault, Joplin RAW)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="117"/>
        <source>Choose &amp;file…</source>
        <translation>&amp;Datei auswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="119"/>
        <source>Choose f&amp;older…</source>
        <translation>&amp;Ordner auswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="127"/>
        <source>Format</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="128"/>
        <source>Recognise it from its content</source>
        <translation>Am Inhalt erkennen</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="134"/>
        <source>Recognised format</source>
        <translation>Erkanntes Format</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="138"/>
        <source>Password of the jrnl journal</source>
        <translation>Passwort des jrnl-Journals</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="140"/>
        <source>jrnl &amp;password:</source>
        <translation>jrnl-&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="144"/>
        <source>Daylio mood</source>
        <translation>Daylio-Stimmung</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="145"/>
        <source>only as a tag (mood:good)</source>
        <translation>nur als Schlagwort (mood:good)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="146"/>
        <source>as a tag, and as confidence (rad 10 … awful 2)</source>
        <translation>als Schlagwort und als Zuversicht (rad 10 … awful 2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="147"/>
        <source>as a tag, and as motivation (rad 10 … awful 2)</source>
        <translation>als Schlagwort und als Motivation (rad 10 … awful 2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="149"/>
        <source>Daylio &amp;mood:</source>
        <translation>Daylio-&amp;Stimmung:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="153"/>
        <source>&amp;Where from:</source>
        <translation>&amp;Woher:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="156"/>
        <source>Fo&amp;rmat:</source>
        <translation>Fo&amp;rmat:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="168"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="170"/>
        <source>Press Preview to see what would be imported (nothing is written).</source>
        <translation>Drücken Sie „Vorschau“, um zu sehen, was importiert würde (nichts wird geschrieben).</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="175"/>
        <source>Import status</source>
        <translation>Importstatus</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="178"/>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="181"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="183"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="186"/>
        <location filename="../../ui/import_dialog.py" line="297"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="199"/>
        <location filename="../../ui/import_dialog.py" line="263"/>
        <source>What will be imported:</source>
        <translation>Was importiert wird:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="217"/>
        <source>Import a file</source>
        <translation>Eine Datei importieren</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="219"/>
        <source>Exports (*.json *.txt *.md *.csv *.zip *.jex *.dayone);;All files (*)</source>
        <translation>Exporte (*.json *.txt *.md *.csv *.zip *.jex *.dayone);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="228"/>
        <source>Import a folder (Obsidian vault, Joplin RAW export, jrnl folder)</source>
        <translation>Einen Ordner importieren (Obsidian-Vault, Joplin-RAW-Export, jrnl-Ordner)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="342"/>
        <source>Type or choose a file or folder to import.</source>
        <translation>Geben Sie eine zu importierende Datei oder einen Ordner ein oder wählen Sie sie aus.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="352"/>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="382"/>
        <source>{name} is an encrypted jrnl journal: type its password.</source>
        <translation>{name} ist ein verschlüsseltes jrnl-Journal: Geben Sie sein Passwort ein.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="399"/>
        <source>new tags: {names}</source>
        <translation>neue Schlagwörter: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="400"/>
        <source> … and {n} more</source>
        <translation> … und {n} weitere</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="415"/>
        <source>Preview cancelled; nothing was imported.</source>
        <translation>Vorschau abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="419"/>
        <source>Recognised: {what}</source>
        <translation>Erkannt: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="427"/>
        <source>Nothing has been written yet. Press Import to bring this in.</source>
        <translation>Noch wurde nichts geschrieben. Drücken Sie „Importieren“, um es hereinzuholen.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="430"/>
        <location filename="../../ui/import_dialog.py" line="476"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="433"/>
        <source>Nothing new to import: everything in it is in the journal already.</source>
        <translation>Nichts Neues zu importieren: Alles darin ist schon im Journal.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="443"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="473"/>
        <source>What was imported:</source>
        <translation>Was importiert wurde:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="475"/>
        <source>Imported. A backup of the journal was made first.</source>
        <translation>Importiert. Vorher wurde eine Sicherung des Journals erstellt.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="483"/>
        <source>choose the app under Format</source>
        <translation>wählen Sie die App unter „Format“</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="505"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../ui/insights/view.py" line="54"/>
        <source>&amp;3 months</source>
        <translation>&amp;3 Monate</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="55"/>
        <source>&amp;6 months</source>
        <translation>&amp;6 Monate</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="56"/>
        <source>1 &amp;year</source>
        <translation>1 &amp;Jahr</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="57"/>
        <source>&amp;All</source>
        <translation>&amp;Gesamt</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="58"/>
        <source>C&amp;ustom</source>
        <translation>&amp;Eigener</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="62"/>
        <source>since the first record</source>
        <translation>seit dem ersten Eintrag</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="63"/>
        <source>the last 3 months</source>
        <translation>die letzten 3 Monate</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="64"/>
        <source>the last 6 months</source>
        <translation>die letzten 6 Monate</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="65"/>
        <source>the last year</source>
        <translation>das letzte Jahr</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="66"/>
        <source>the dates chosen</source>
        <translation>die gewählten Daten</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="68"/>
        <source>&lt;h3&gt;Your insights will appear here&lt;/h3&gt;&lt;p&gt;Charts grow out of what you record: rate your confidence and motivation on a reflection (Ctrl+N) or a session (Ctrl+Shift+N), rate a skill now and then, set a goal with action items.&lt;/p&gt;&lt;p&gt;After a few entries you will see your lines start to move.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hier erscheinen Ihre Einblicke&lt;/h3&gt;&lt;p&gt;Diagramme entstehen aus dem, was Sie festhalten: Bewerten Sie Ihre Zuversicht und Motivation in einer Reflexion (Strg+N) oder einer Sitzung (Strg+Umschalt+N), bewerten Sie ab und zu eine Fähigkeit, setzen Sie sich ein Ziel mit Aufgaben.&lt;/p&gt;&lt;p&gt;Nach ein paar Einträgen sehen Sie, wie Ihre Linien in Bewegung kommen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="101"/>
        <source>Insights</source>
        <extracomment>Per person, what was computed from the journal as it is now (``reload`` forgets it): the snapshot, &quot;on this day&quot;, and the tags of the readings loaded (by their count).</extracomment>
        <translation>Einblicke</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="103"/>
        <source>Show insights for</source>
        <translation>Einblicke zeigen für</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="109"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="120"/>
        <source>Range: %s</source>
        <translation>Zeitraum: %s</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="128"/>
        <source>Custom range from</source>
        <translation>Eigener Zeitraum von</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="129"/>
        <source>Custom range to</source>
        <translation>Eigener Zeitraum bis</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="141"/>
        <source>Range shown</source>
        <translation>Gezeigter Zeitraum</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="149"/>
        <source>Pro&amp;gress report…</source>
        <translation>&amp;Fortschrittsbericht…</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="151"/>
        <source>A PDF or Markdown report of this period and person, for a review or a mentor</source>
        <translation>Ein Bericht als PDF oder Markdown über diesen Zeitraum und diese Person, für eine Rückschau oder einen Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="215"/>
        <source>No insights yet</source>
        <translation>Noch keine Einblicke</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="322"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="458"/>
        <source>Wrote the progress report to %s%s.</source>
        <translation>Der Fortschrittsbericht wurde nach %s%s geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="459"/>
        <source>The report is not encrypted: keep it safe.</source>
        <translation>Der Bericht ist nicht verschlüsselt: Bewahren Sie ihn sicher auf.</translation>
    </message>
</context>
<context>
    <name>JournalHealth</name>
    <message>
        <location filename="../../ui/health.py" line="111"/>
        <source>This journal is damaged: changes can no longer be saved. Salvage copies every readable record into a new journal; or restore a backup. What you type is kept.</source>
        <extracomment>A backup was chosen and its key checks out: (backup path, key) for the controller. The background check finished: the problems found (empty when sound).</extracomment>
        <translation>Dieses Journal ist beschädigt: Änderungen können nicht mehr gespeichert werden. „Retten“ kopiert alle lesbaren Einträge in ein neues Journal; oder stellen Sie eine Sicherung wieder her. Was Sie tippen, bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../ui/health.py" line="119"/>
        <source>&amp;Salvage…</source>
        <translation>&amp;Retten…</translation>
    </message>
    <message>
        <location filename="../../ui/health.py" line="120"/>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/health.py" line="136"/>
        <source>Don&apos;t show again for this journal</source>
        <translation>Für dieses Journal nicht mehr zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/health.py" line="163"/>
        <source>Backup settings…</source>
        <translation>Sicherungseinstellungen…</translation>
    </message>
    <message>
        <location filename="../../ui/health.py" line="209"/>
        <source>The salvaged journal did not open.</source>
        <translation>Das gerettete Journal ließ sich nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/health.py" line="239"/>
        <source>This journal has no backups yet.</source>
        <translation>Dieses Journal hat noch keine Sicherungen.</translation>
    </message>
    <message>
        <location filename="../../ui/health.py" line="240"/>
        <source>Salvage copies every readable record into a new journal instead.</source>
        <translation>„Retten“ kopiert stattdessen alle lesbaren Einträge in ein neues Journal.</translation>
    </message>
    <message>
        <location filename="../../ui/health.py" line="248"/>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/health.py" line="249"/>
        <source>Backups of this journal, newest first:</source>
        <translation>Sicherungen dieses Journals, neueste zuerst:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="290"/>
        <source>Sections</source>
        <extracomment>Menu requests the controller handles (Settings, backups, export/import). View ▸ Theme chose a theme (already applied and saved); the controller may follow.</extracomment>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>No sessions yet. Record the sessions you have with a mentor or a mentee: what you talked about, what you take away, how confident you feel.</source>
        <translation>Noch keine Sitzungen. Halten Sie Ihre Sitzungen mit einem Mentor oder einem Mentee fest: was Sie besprochen haben, was Sie mitnehmen, wie zuversichtlich Sie sind.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>Reflections</source>
        <translation>Reflexionen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Goals &amp; actions</source>
        <translation>Ziele &amp; Aufgaben</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Session prep</source>
        <translation>Sitzungsvorbereitung</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Trash</source>
        <extracomment>The sections in the navigation: the eight above (Ctrl+1 … Ctrl+8), then the trash.</extracomment>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>MentorJournal journals (*.mjournal);;All files (*)</source>
        <extracomment>File ▸ New: every kind of record, in the order a user meets them. How long the &quot;Deleted … Undo&quot; bar stays (Edit ▸ Undo still works after it hides).</extracomment>
        <translation>MentorJournal-Journale (*.mjournal);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>No reflections yet. Write down what happened, what you noticed and what changed in your thinking (Ctrl+N).</source>
        <translation>Noch keine Reflexionen. Schreiben Sie auf, was passiert ist, was Ihnen aufgefallen ist und was sich in Ihrem Denken verändert hat (Strg+N).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="397"/>
        <source>The journal is locked</source>
        <translation>Das Journal ist gesperrt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="399"/>
        <source>Its contents are closed and cleared from the window.</source>
        <translation>Sein Inhalt ist geschlossen und aus dem Fenster entfernt.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="403"/>
        <source>Unlock…</source>
        <translation>Entsperren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="564"/>
        <source>&amp;File</source>
        <extracomment>File, Edit, View, Help: the QMenus themselves (on PySide6 6.9, asking an action for its menu later can give a wrapper whose C++ object is gone).</extracomment>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="565"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="566"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="567"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="588"/>
        <source>No other journals yet</source>
        <translation>Noch keine anderen Journale</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="598"/>
        <source>{name} — MentorJournal</source>
        <translation>{name} — MentorJournal</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="663"/>
        <source>Locked — MentorJournal</source>
        <translation>Gesperrt — MentorJournal</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="682"/>
        <source>Open a journal</source>
        <translation>Ein Journal öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="754"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="756"/>
        <source>&amp;Undo delete of “{what}”</source>
        <translation>Löschen von „{what}“ &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="823"/>
        <source>Delete “{what}”?</source>
        <translation>„{what}“ löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="827"/>
        <source>Going to the trash with it: {records}.</source>
        <translation>Mit in den Papierkorb kommen: {records}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="833"/>
        <source>Staying, without the link to it: {records}.</source>
        <translation>Bleiben, ohne die Verknüpfung dazu: {records}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="837"/>
        <source>You can restore it all from the Trash.</source>
        <translation>Sie können alles aus dem Papierkorb wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="890"/>
        <source>Deleted “{what}”</source>
        <translation>„{what}“ gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="893"/>
        <source> and {n} more</source>
        <translation> und {n} weitere</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="895"/>
        <source>, with {records}</source>
        <translation>, mit {records}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="896"/>
        <source>. It is in the trash.</source>
        <translation>. Es liegt im Papierkorb.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="907"/>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="909"/>
        <source>Restored.</source>
        <translation>Wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1027"/>
        <source>Restored {n} unsaved entries from before the journal was locked or closed.</source>
        <translation>{n} nicht gespeicherte Eingaben von vor dem Sperren oder Schließen des Journals wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1031"/>
        <source>Restored 1 unsaved entry from before the journal was locked or closed.</source>
        <translation>1 nicht gespeicherte Eingabe von vor dem Sperren oder Schließen des Journals wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1041"/>
        <source>About MentorJournal</source>
        <translation>Über MentorJournal</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1045"/>
        <source>An encrypted, offline journal of mentoring: sessions, reflections, goals and skills, kept in one file on this computer.</source>
        <translation>Ein verschlüsseltes Offline-Journal für Mentoring: Sitzungen, Reflexionen, Ziele und Fähigkeiten, in einer Datei auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1074"/>
        <source>Show {section}</source>
        <translation>{section} zeigen</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../ui/editors/markdown_editor.py" line="94"/>
        <source>{field}: preview</source>
        <extracomment>Set by an editor whose record takes attachments.</extracomment>
        <translation>{field}: Vorschau</translation>
    </message>
    <message>
        <location filename="../../ui/editors/markdown_editor.py" line="100"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../ui/editors/markdown_editor.py" line="103"/>
        <source>Show or hide the rendered preview (Ctrl+Shift+P)</source>
        <translation>Die gerenderte Vorschau zeigen oder ausblenden (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/markdown_editor.py" line="104"/>
        <source>{field}: show preview</source>
        <translation>{field}: Vorschau zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/editors/markdown_editor.py" line="130"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../ui/editors/markdown_editor.py" line="133"/>
        <source>**bold**, *italic*, # heading, - list, [link](https://…)</source>
        <translation>**fett**, *kursiv*, # Überschrift, - Liste, [Link](https://…)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ui/message_bar.py" line="48"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../../ui/message_bar.py" line="62"/>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>MoodChart</name>
    <message>
        <location filename="../../ui/insights/mood_chart.py" line="36"/>
        <source>No confidence or motivation ratings in this range.
Rate how you feel on a reflection or after a session, and your line starts here.</source>
        <translation>In diesem Zeitraum keine Bewertungen von Zuversicht oder Motivation.
Bewerten Sie in einer Reflexion oder nach einer Sitzung, wie es Ihnen geht, dann beginnt hier Ihre Linie.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/mood_chart.py" line="45"/>
        <source>Confidence and motivation</source>
        <translation>Zuversicht und Motivation</translation>
    </message>
    <message>
        <location filename="../../ui/insights/mood_chart.py" line="53"/>
        <source>Ratings given as</source>
        <translation>Bewertungen abgegeben als</translation>
    </message>
    <message>
        <location filename="../../ui/insights/mood_chart.py" line="55"/>
        <source>&amp;Given:</source>
        <translation>&amp;Abgegeben:</translation>
    </message>
    <message>
        <location filename="../../ui/insights/mood_chart.py" line="59"/>
        <source>%d-day average</source>
        <translation>%d-Tage-Durchschnitt</translation>
    </message>
    <message>
        <location filename="../../ui/insights/mood_chart.py" line="61"/>
        <source>Rolling average window</source>
        <translation>Fenster des gleitenden Durchschnitts</translation>
    </message>
    <message>
        <location filename="../../ui/insights/mood_chart.py" line="63"/>
        <source>&amp;Line:</source>
        <translation>&amp;Linie:</translation>
    </message>
    <message>
        <location filename="../../ui/insights/mood_chart.py" line="213"/>
        <source>as mentor</source>
        <extracomment>per (role, field): the readings with a value, their x and y (computed once per data)</extracomment>
        <translation>als Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/insights/mood_chart.py" line="213"/>
        <source>as mentee</source>
        <translation>als Mentee</translation>
    </message>
    <message>
        <location filename="../../ui/insights/mood_chart.py" line="221"/>
        <source>Confidence</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <location filename="../../ui/insights/mood_chart.py" line="221"/>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <location filename="../../ui/insights/mood_chart.py" line="223"/>
        <source>{name} {side}: {count} ratings, mean {mean}</source>
        <translation>{name} {side}: {count} Bewertungen, Mittel {mean}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/insights/mood_chart.py" line="230"/>
        <source>%n session(s) marked along the bottom</source>
        <translation>
            <numerusform>%n Sitzung unten markiert</numerusform>
            <numerusform>%n Sitzungen unten markiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/insights/mood_chart.py" line="231"/>
        <source>Click a point to open its record.</source>
        <translation>Klicken Sie auf einen Punkt, um seinen Eintrag zu öffnen.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="358"/>
        <source>New recovery key</source>
        <translation>Neuer Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="371"/>
        <source>A new recovery key replaces the old one: the journal is re-encrypted (a backup is made first) and the old key stops opening it. Backups made before still open with the old key.</source>
        <translation>Ein neuer Wiederherstellungsschlüssel ersetzt den alten: Das Journal wird neu verschlüsselt (vorher wird eine Sicherung erstellt) und der alte Schlüssel öffnet es nicht mehr. Frühere Sicherungen öffnen sich weiterhin mit dem alten Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="377"/>
        <source>The journal has no recovery key yet. Type the passphrase to see one; store it away from this computer.</source>
        <translation>Das Journal hat noch keinen Wiederherstellungsschlüssel. Geben Sie die Passphrase ein, um einen zu sehen; bewahren Sie ihn getrennt von diesem Computer auf.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="382"/>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="385"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="388"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="392"/>
        <source>Current &amp;passphrase:</source>
        <translation>Aktuelle &amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="408"/>
        <source>Make a new key</source>
        <translation>Neuen Schlüssel erstellen</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="408"/>
        <source>Show the key</source>
        <translation>Schlüssel zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="431"/>
        <source>Type the journal&apos;s passphrase.</source>
        <translation>Geben Sie die Passphrase des Journals ein.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="488"/>
        <source>I have stored it</source>
        <translation>Ich habe ihn aufbewahrt</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="502"/>
        <source>Close without confirming the recovery key?</source>
        <translation>Schließen, ohne den Wiederherstellungsschlüssel zu bestätigen?</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="503"/>
        <source>If it is not stored anywhere, make a new one later.</source>
        <translation>Wenn er nirgends aufbewahrt ist, erstellen Sie später einen neuen.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="103"/>
        <source>Overview: then and now</source>
        <translation>Überblick: damals und heute</translation>
    </message>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="121"/>
        <location filename="../../ui/insights/overview_panel.py" line="314"/>
        <source>On this day</source>
        <translation>An diesem Tag</translation>
    </message>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="132"/>
        <source>Rate your skills</source>
        <translation>Bewerten Sie Ihre Fähigkeiten</translation>
    </message>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="135"/>
        <source>&amp;Rate skills…</source>
        <translation>Fähigkeiten &amp;bewerten…</translation>
    </message>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="137"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="199"/>
        <source>Then → now with {name}</source>
        <translation>Damals → heute mit {name}</translation>
    </message>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="199"/>
        <source>Then → now</source>
        <translation>Damals → heute</translation>
    </message>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="219"/>
        <source>… and %d more skills below (Skill growth at a glance).</source>
        <translation>… und %d weitere Fähigkeiten weiter unten (Wachstum der Fähigkeiten auf einen Blick).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/insights/overview_panel.py" line="226"/>
        <source>%n session(s) held ({mentee} as mentee, {mentor} as mentor)</source>
        <translation>
            <numerusform>%n Sitzung gehalten ({mentee} als Mentee, {mentor} als Mentor)</numerusform>
            <numerusform>%n Sitzungen gehalten ({mentee} als Mentee, {mentor} als Mentor)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/insights/overview_panel.py" line="228"/>
        <source>%n win(s)</source>
        <translation>
            <numerusform>%n Erfolg</numerusform>
            <numerusform>%n Erfolge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/insights/overview_panel.py" line="229"/>
        <source>%n goal(s) achieved</source>
        <translation>
            <numerusform>%n Ziel erreicht</numerusform>
            <numerusform>%n Ziele erreicht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="233"/>
        <source>{reached} of {targets} skill targets reached</source>
        <translation>{reached} von {targets} Zielstufen erreicht</translation>
    </message>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="242"/>
        <source>no ratings in this range</source>
        <translation>keine Bewertungen in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="249"/>
        <source>{then} ratings from {start}, {now} up to {end}</source>
        <translation>{then} Bewertungen ab {start}, {now} bis {end}</translation>
    </message>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="263"/>
        <source>✓ target reached</source>
        <translation>✓ Zielstufe erreicht</translation>
    </message>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="265"/>
        <source>target {target} not yet</source>
        <translation>Zielstufe {target} noch nicht</translation>
    </message>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="289"/>
        <source>{label}: sparkline</source>
        <translation>{label}: Verlaufslinie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/insights/overview_panel.py" line="309"/>
        <source>%n year(s) ago ({year})</source>
        <translation>
            <numerusform>vor %n Jahr ({year})</numerusform>
            <numerusform>vor %n Jahren ({year})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/insights/overview_panel.py" line="327"/>
        <source>%n skill(s) without a rating yet ({names}): rate where you start, so that later you can see how far you came.</source>
        <translation>
            <numerusform>%n Fähigkeit noch ohne Bewertung ({names}): Bewerten Sie, wo Sie anfangen, damit Sie später sehen, wie weit Sie gekommen sind.</numerusform>
            <numerusform>%n Fähigkeiten noch ohne Bewertung ({names}): Bewerten Sie, wo Sie anfangen, damit Sie später sehen, wie weit Sie gekommen sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/insights/overview_panel.py" line="336"/>
        <source>%n active skill(s) last rated more than {months} ago: a fresh rating keeps “then → now” honest.</source>
        <translation>
            <numerusform>%n aktive Fähigkeit wurde zuletzt vor mehr als {months} bewertet: Eine neue Bewertung hält „damals → heute“ ehrlich.</numerusform>
            <numerusform>%n aktive Fähigkeiten wurden zuletzt vor mehr als {months} bewertet: Eine neue Bewertung hält „damals → heute“ ehrlich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/insights/overview_panel.py" line="340"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monaten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatternsPanel</name>
    <message>
        <location filename="../../ui/insights/patterns_panel.py" line="15"/>
        <source>Shown only where both sides have at least {n} days with a rating. A day&apos;s value is its mean rating. These are associations in your own entries, not causes.</source>
        <translation>Nur gezeigt, wo beide Seiten mindestens {n} Tage mit einer Bewertung haben. Der Wert eines Tages ist seine mittlere Bewertung. Es sind Zusammenhänge in Ihren eigenen Einträgen, keine Ursachen.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/patterns_panel.py" line="44"/>
        <location filename="../../ui/insights/patterns_panel.py" line="45"/>
        <source>Patterns</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location filename="../../ui/insights/patterns_panel.py" line="47"/>
        <source>Confidence</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <location filename="../../ui/insights/patterns_panel.py" line="48"/>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <location filename="../../ui/insights/patterns_panel.py" line="49"/>
        <source>Patterns of</source>
        <translation>Muster von</translation>
    </message>
    <message>
        <location filename="../../ui/insights/patterns_panel.py" line="50"/>
        <source>&amp;Of:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../../ui/insights/patterns_panel.py" line="64"/>
        <source>Patterns found</source>
        <translation>Gefundene Muster</translation>
    </message>
    <message>
        <location filename="../../ui/insights/patterns_panel.py" line="96"/>
        <source>Not enough data for a pattern yet in this range ({days} days with a rating).</source>
        <translation>In diesem Zeitraum noch nicht genug Daten für ein Muster ({days} Tage mit einer Bewertung).</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../ui/people_page.py" line="188"/>
        <source>Show en&amp;ded relationships</source>
        <translation>&amp;Beendete Beziehungen zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="190"/>
        <source>People whose relationship ended are kept, out of the everyday list</source>
        <translation>Personen, deren Beziehung beendet ist, bleiben erhalten, aber außerhalb der Alltagsliste</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="218"/>
        <source>New person…</source>
        <translation>Neue Person…</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="214"/>
        <location filename="../../ui/people_page.py" line="233"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="29"/>
        <source>No people yet. The mentors, mentees and contacts you record sessions with will be listed here, each with the full history of your relationship.</source>
        <translation>Noch keine Personen. Die Mentoren, Mentees und Kontakte, mit denen Sie Sitzungen festhalten, erscheinen hier, jeweils mit der ganzen Geschichte Ihrer Beziehung.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="34"/>
        <source>&lt;p&gt;Choose a person on the left to see your history together.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie links eine Person, um Ihre gemeinsame Geschichte zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="192"/>
        <source>Gone &amp;quiet only</source>
        <translation>Nur &amp;still gewordene</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="195"/>
        <source>Active relationships whose next session is overdue by the rhythm you set (Meet every …) and with nothing planned</source>
        <translation>Aktive Beziehungen, deren nächste Sitzung nach dem gewählten Rhythmus (Treffen alle …) überfällig ist und für die nichts geplant ist</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="203"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="204"/>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="205"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="206"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="207"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="208"/>
        <source>Last met</source>
        <translation>Zuletzt getroffen</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="209"/>
        <source>Next due</source>
        <translation>Nächstes fällig</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="220"/>
        <source>Selected person: history</source>
        <translation>Ausgewählte Person: Verlauf</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="257"/>
        <source>{n} ended, not shown</source>
        <translation>{n} beendet, nicht gezeigt</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="261"/>
        <source>Gone &amp;quiet ({n})</source>
        <translation>&amp;Still geworden ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="261"/>
        <source>Gone &amp;quiet</source>
        <translation>&amp;Still geworden</translation>
    </message>
</context>
<context>
    <name>PrepPage</name>
    <message>
        <location filename="../../ui/prep_page.py" line="60"/>
        <source>&lt;h3&gt;No mentors or mentees yet&lt;/h3&gt;&lt;p&gt;Session prep gathers everything about one relationship: the last session, open action items, goals and skill ratings, and drafts an agenda. Add a person as &lt;i&gt;my mentor&lt;/i&gt; or &lt;i&gt;my mentee&lt;/i&gt; to prepare your first session.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Mentoren oder Mentees&lt;/h3&gt;&lt;p&gt;Die Sitzungsvorbereitung sammelt alles zu einer Beziehung: die letzte Sitzung, offene Aufgaben, Ziele und Fähigkeitsbewertungen, und entwirft eine Tagesordnung. Legen Sie eine Person als &lt;i&gt;Mein Mentor&lt;/i&gt; oder &lt;i&gt;Mein Mentee&lt;/i&gt; an, um Ihre erste Sitzung vorzubereiten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="118"/>
        <source>Prepare a session with</source>
        <translation>Eine Sitzung vorbereiten mit</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="122"/>
        <source>&amp;Prepare for:</source>
        <translation>&amp;Vorbereiten für:</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="124"/>
        <source>Pr&amp;int…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="125"/>
        <source>Export P&amp;DF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="126"/>
        <source>Export &amp;Markdown…</source>
        <translation>&amp;Markdown exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="127"/>
        <source>&amp;After the session…</source>
        <translation>&amp;Nach der Sitzung…</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="129"/>
        <source>Record the session from this agenda and create its action items</source>
        <translation>Die Sitzung aus dieser Tagesordnung festhalten und ihre Aufgaben anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="131"/>
        <source>Re&amp;build agenda</source>
        <translation>Tagesordnung neu &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="133"/>
        <source>Replace the agenda with a fresh draft from the journal</source>
        <translation>Die Tagesordnung durch einen frischen Entwurf aus dem Journal ersetzen</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="137"/>
        <source>Last session: notes and takeaways</source>
        <translation>Letzte Sitzung: Notizen und Erkenntnisse</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="140"/>
        <source>My open action items</source>
        <translation>Meine offenen Aufgaben</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="142"/>
        <source>Their open action items</source>
        <translation>Offene Aufgaben des Gegenübers</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="144"/>
        <source>Nothing open on your side.</source>
        <translation>Auf Ihrer Seite ist nichts offen.</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="145"/>
        <source>Nothing open on their side.</source>
        <translation>Auf der anderen Seite ist nichts offen.</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="148"/>
        <location filename="../../ui/prep_page.py" line="184"/>
        <source>Active goals</source>
        <translation>Aktive Ziele</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="153"/>
        <location filename="../../ui/prep_page.py" line="328"/>
        <source>No active goals.</source>
        <translation>Keine aktiven Ziele.</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="155"/>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="155"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="155"/>
        <source>Target</source>
        <translation>Zielstufe</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="155"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="159"/>
        <location filename="../../ui/prep_page.py" line="185"/>
        <source>Recent skill ratings</source>
        <translation>Letzte Fähigkeitsbewertungen</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="162"/>
        <source>No skill ratings in the last 90 days.</source>
        <translation>Keine Fähigkeitsbewertungen in den letzten 90 Tagen.</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="166"/>
        <source>Draft agenda (Markdown)</source>
        <translation>Entwurf der Tagesordnung (Markdown)</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="167"/>
        <source>Write what you want to talk about.</source>
        <translation>Schreiben Sie, worüber Sie sprechen möchten.</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="177"/>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="188"/>
        <source>Last session</source>
        <translation>Letzte Sitzung</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="189"/>
        <source>Open action items (tick when done)</source>
        <translation>Offene Aufgaben (anhaken, wenn erledigt)</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="194"/>
        <source>Draft agenda (Markdown, yours to edit)</source>
        <translation>Entwurf der Tagesordnung (Markdown, frei bearbeitbar)</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="227"/>
        <source>&lt;h2&gt;Session prep&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Sitzungsvorbereitung&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="261"/>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="265"/>
        <source>Rated {value}/10 on {day}</source>
        <translation>Am {day} mit {value}/10 bewertet</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="178"/>
        <location filename="../../ui/prep_page.py" line="327"/>
        <source>Theirs</source>
        <translation>Gegenüber</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="57"/>
        <source>my mentor</source>
        <translation>mein Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="58"/>
        <source>my mentee</source>
        <translation>mein Mentee</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="378"/>
        <source>Theirs ({name})</source>
        <translation>Gegenüber ({name})</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="380"/>
        <source>No active goals linked to {name}.</source>
        <translation>Keine aktiven Ziele mit {name} verknüpft.</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="382"/>
        <source>Your own goals linked to nobody show here too.</source>
        <translation>Ihre eigenen Ziele ohne verknüpfte Person erscheinen hier auch.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/prep_page.py" line="399"/>
        <source>%n open item(s)</source>
        <translation>
            <numerusform>%n offene Aufgabe</numerusform>
            <numerusform>%n offene Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/prep_page.py" line="401"/>
        <source>%n active goal(s)</source>
        <translation>
            <numerusform>%n aktives Ziel</numerusform>
            <numerusform>%n aktive Ziele</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="410"/>
        <source>Discard your changes to the agenda?</source>
        <translation>Ihre Änderungen an der Tagesordnung verwerfen?</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="411"/>
        <source>Choosing another person drafts a new agenda for them.</source>
        <translation>Wenn Sie eine andere Person wählen, wird für sie eine neue Tagesordnung entworfen.</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="442"/>
        <source>Replace your agenda with a fresh draft?</source>
        <translation>Ihre Tagesordnung durch einen frischen Entwurf ersetzen?</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="443"/>
        <source>Your changes to it will be lost.</source>
        <translation>Ihre Änderungen daran gehen verloren.</translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="479"/>
        <source>Could not write {name}.</source>
        <translation>{name} konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Presenting</name>
    <message>
        <location filename="../../ui/presenting.py" line="31"/>
        <source>&amp;Presenting mode</source>
        <translation>Präsentations&amp;modus</translation>
    </message>
    <message>
        <location filename="../../ui/presenting.py" line="35"/>
        <source>Show one person&apos;s session prep full screen, with no other names</source>
        <translation>Die Sitzungsvorbereitung einer Person im Vollbild zeigen, ohne andere Namen</translation>
    </message>
    <message>
        <location filename="../../ui/presenting.py" line="79"/>
        <source>Presenting · Esc leaves</source>
        <translation>Präsentation · Esc beendet</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../../ui/exchange_ui.py" line="139"/>
        <source>{summary}. A backup was taken first.</source>
        <translation>{summary}. Vorher wurde eine Sicherung erstellt.</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../../ui/skills_page.py" line="95"/>
        <source>Rate %s</source>
        <translation>%s bewerten</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="97"/>
        <location filename="../../ui/skills_page.py" line="150"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="98"/>
        <source>Rating from 1 to 10</source>
        <translation>Bewertung von 1 bis 10</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="99"/>
        <source>Rated on</source>
        <translation>Bewertet am</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="102"/>
        <source>Source of the rating</source>
        <translation>Quelle der Bewertung</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="106"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="107"/>
        <source>What makes it this number today? (optional)</source>
        <translation>Warum ist es heute diese Zahl? (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="111"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="117"/>
        <source>&amp;Rating:</source>
        <translation>&amp;Bewertung:</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="118"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="119"/>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="120"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="143"/>
        <source>Choose a rating from 1 to 10 (type a number).</source>
        <translation>Wählen Sie eine Bewertung von 1 bis 10 (tippen Sie eine Zahl).</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="150"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>RateSkillsDialog</name>
    <message>
        <location filename="../../ui/insights/rate_dialog.py" line="42"/>
        <source>Rate your skills</source>
        <translation>Bewerten Sie Ihre Fähigkeiten</translation>
    </message>
    <message>
        <location filename="../../ui/insights/rate_dialog.py" line="46"/>
        <source>Where do you stand today, from 1 (just starting) to 10 (could teach it)? Leave a skill at “–” to skip it.</source>
        <translation>Wo stehen Sie heute, von 1 (fange gerade an) bis 10 (könnte es lehren)? Lassen Sie eine Fähigkeit auf „–“, um sie zu überspringen.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/rate_dialog.py" line="61"/>
        <source>Rating of %s</source>
        <translation>Bewertung von %s</translation>
    </message>
    <message>
        <location filename="../../ui/insights/rate_dialog.py" line="63"/>
        <source>(first rating)</source>
        <translation>(erste Bewertung)</translation>
    </message>
    <message>
        <location filename="../../ui/insights/rate_dialog.py" line="65"/>
        <source>(last %d on %s)</source>
        <translation>(zuletzt %d am %s)</translation>
    </message>
    <message>
        <location filename="../../ui/insights/rate_dialog.py" line="73"/>
        <source>Ask me to re-rate every</source>
        <translation>Mich erneut bewerten lassen alle</translation>
    </message>
    <message>
        <location filename="../../ui/insights/rate_dialog.py" line="75"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../ui/insights/rate_dialog.py" line="75"/>
        <source>%d months</source>
        <translation>%d Monate</translation>
    </message>
    <message>
        <location filename="../../ui/insights/rate_dialog.py" line="77"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../ui/insights/rate_dialog.py" line="81"/>
        <source>Ask again &amp;every:</source>
        <translation>&amp;Erneut fragen alle:</translation>
    </message>
    <message>
        <location filename="../../ui/insights/rate_dialog.py" line="111"/>
        <source>The ratings could not be saved.</source>
        <translation>Die Bewertungen konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>RatingField</name>
    <message>
        <location filename="../../ui/editors/fields.py" line="108"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../../ui/editors/fields.py" line="110"/>
        <source>%s: clear</source>
        <translation>%s: leeren</translation>
    </message>
    <message>
        <location filename="../../ui/editors/fields.py" line="111"/>
        <source>No rating</source>
        <translation>Keine Bewertung</translation>
    </message>
    <message>
        <location filename="../../ui/editors/fields.py" line="146"/>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location filename="../../ui/editors/fields.py" line="146"/>
        <source>%d of 10</source>
        <translation>%d von 10</translation>
    </message>
    <message>
        <location filename="../../ui/editors/fields.py" line="154"/>
        <source>Ratings run from 1 to 10: type 1 then 0 for 10.</source>
        <translation>Bewertungen reichen von 1 bis 10: Für 10 tippen Sie 1 und dann 0.</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <location filename="../../ui/reading.py" line="132"/>
        <source>Sessions</source>
        <extracomment>Headings of the lists of records linking to one, by &quot;kind.field&quot;.</extracomment>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="133"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="134"/>
        <location filename="../../ui/reading.py" line="141"/>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="135"/>
        <source>Introduced to</source>
        <translation>Vorgestellt an</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="136"/>
        <source>Reflections on this session</source>
        <translation>Reflexionen zu dieser Sitzung</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="137"/>
        <source>Skill ratings given in this session</source>
        <translation>In dieser Sitzung abgegebene Fähigkeitsbewertungen</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="138"/>
        <source>Action items agreed in this session</source>
        <translation>In dieser Sitzung vereinbarte Aufgaben</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="139"/>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="140"/>
        <location filename="../../ui/reading.py" line="142"/>
        <source>Wins</source>
        <translation>Erfolge</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../ui/editors/editor.py" line="132"/>
        <source>Action items</source>
        <extracomment>Why the last save failed in the journal (busy, read-only, full, damaged); &quot;&quot; if not.</extracomment>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="155"/>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="157"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="158"/>
        <source>Save now</source>
        <translation>Jetzt speichern</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="160"/>
        <source>Save now (Ctrl+S); changes are also saved as you type</source>
        <translation>Jetzt speichern (Strg+S); Änderungen werden auch beim Tippen gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="163"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="165"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="166"/>
        <source>Close (Esc); changes are saved first</source>
        <translation>Schließen (Esc); Änderungen werden vorher gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="203"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="257"/>
        <location filename="../../ui/editors/editor.py" line="399"/>
        <source>New — saved automatically as you type.</source>
        <translation>Neu – wird beim Tippen automatisch gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="259"/>
        <source>Changes are saved automatically.</source>
        <translation>Änderungen werden automatisch gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="274"/>
        <source>Restored input not saved yet (kept {time}).</source>
        <translation>Wiederhergestellte Eingabe noch nicht gespeichert (aufbewahrt {time}).</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="280"/>
        <source>New {kind}</source>
        <translation>{kind} (neu)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="280"/>
        <source>Edit {kind}</source>
        <translation>{kind} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="348"/>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="393"/>
        <source>Not saved: the journal is locked.</source>
        <translation>Nicht gespeichert: Das Journal ist gesperrt.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="412"/>
        <source>Not saved yet — see the message above.</source>
        <translation>Noch nicht gespeichert – siehe die Meldung oben.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="412"/>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="419"/>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="424"/>
        <source>Not saved. Your text stays in this window.</source>
        <translation>Nicht gespeichert. Ihr Text bleibt in diesem Fenster.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="435"/>
        <source>Saved at %s.</source>
        <translation>Um %s gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="498"/>
        <source>Delete this {kind}?</source>
        <translation>Diese(n) {kind} löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="499"/>
        <source>This cannot be undone.</source>
        <translation>Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/editors/form.py" line="85"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/editors/form.py" line="111"/>
        <source>Texts</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../ui/editors/form.py" line="297"/>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/form.py" line="298"/>
        <source>{field}: add a new person</source>
        <translation>{field}: eine neue Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/editors/form.py" line="299"/>
        <source>Add a person to the journal by name</source>
        <translation>Eine Person mit Namen zum Journal hinzufügen</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../ui/pages.py" line="179"/>
        <source>New {kind}…</source>
        <extracomment>A name or organisation column is at most this many average characters wide (it elides, with the whole text as its tooltip), so titles keep their room at any scale.</extracomment>
        <translation>{kind} neu…</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="182"/>
        <source>Nothing here yet.</source>
        <translation>Hier ist noch nichts.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="184"/>
        <source>{title}: selected record</source>
        <translation>{title}: ausgewählter Eintrag</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="294"/>
        <source>New recovery key</source>
        <translation>Neuer Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="301"/>
        <source>I have stored it</source>
        <translation>Ich habe ihn aufbewahrt</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="321"/>
        <source>Close without confirming the recovery key?</source>
        <translation>Schließen, ohne den Wiederherstellungsschlüssel zu bestätigen?</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="323"/>
        <source>The old recovery key no longer opens the journal. If this one is not stored anywhere, make a new one in Settings ▸ Security.</source>
        <translation>Der alte Wiederherstellungsschlüssel öffnet das Journal nicht mehr. Wenn dieser nirgends aufbewahrt ist, erstellen Sie unter Einstellungen ▸ Sicherheit einen neuen.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <location filename="../../ui/recovery_key.py" line="75"/>
        <source>This key opens the journal if you forget the passphrase. It is shown only now: save it, print it or store it in a password manager, away from this computer. Anyone who has it can open the journal.</source>
        <extracomment>Read-alike characters, as the core reads a typed key (crypto.key_from_recovery).</extracomment>
        <translation>Dieser Schlüssel öffnet das Journal, wenn Sie die Passphrase vergessen. Er wird nur jetzt gezeigt: Speichern Sie ihn, drucken Sie ihn oder legen Sie ihn in einem Passwortmanager ab, getrennt von diesem Computer. Wer ihn hat, kann das Journal öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="83"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="86"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="88"/>
        <source>Copies the key; it is cleared from the clipboard after a short while.</source>
        <translation>Kopiert den Schlüssel; er wird nach kurzer Zeit aus der Zwischenablage entfernt.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="91"/>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="93"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="96"/>
        <source>To confirm you have stored it, type the key&apos;s last group (5 characters):</source>
        <translation>Zur Bestätigung, dass Sie ihn aufbewahrt haben, tippen Sie die letzte Gruppe des Schlüssels (5 Zeichen):</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="100"/>
        <source>Last group of the recovery key</source>
        <translation>Letzte Gruppe des Wiederherstellungsschlüssels</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="107"/>
        <source>Recovery key status</source>
        <translation>Status des Wiederherstellungsschlüssels</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="161"/>
        <source>Confirmed.</source>
        <translation>Bestätigt.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="172"/>
        <source>That is not the key&apos;s last group. Look at the end of the key above.</source>
        <translation>Das ist nicht die letzte Gruppe des Schlüssels. Sehen Sie am Ende des Schlüssels oben nach.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="174"/>
        <source>Type the key&apos;s last group to confirm you have stored it.</source>
        <translation>Tippen Sie die letzte Gruppe des Schlüssels, um zu bestätigen, dass Sie ihn aufbewahrt haben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recovery_key.py" line="187"/>
        <source>Copied. The clipboard is cleared in %n seconds.</source>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="189"/>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="194"/>
        <source>MentorJournal recovery key</source>
        <translation>MentorJournal-Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="198"/>
        <source>Journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="203"/>
        <source>It opens the journal if the passphrase is forgotten (Unlock ▸ Use recovery key). Keep it away from the computer; anyone who has it can open the journal.</source>
        <translation>Er öffnet das Journal, wenn die Passphrase vergessen ist (Entsperren ▸ Wiederherstellungsschlüssel verwenden). Bewahren Sie ihn getrennt vom Computer auf; wer ihn hat, kann das Journal öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="216"/>
        <source>Save the recovery key</source>
        <translation>Den Wiederherstellungsschlüssel speichern</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="218"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="227"/>
        <source>The recovery key was not saved.</source>
        <translation>Der Wiederherstellungsschlüssel wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="233"/>
        <source>Saved to %1. Move it off this computer.</source>
        <translation>Nach %1 gespeichert. Bringen Sie ihn weg von diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="243"/>
        <source>Print the recovery key</source>
        <translation>Den Wiederherstellungsschlüssel drucken</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="258"/>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
</context>
<context>
    <name>ReminderPanel</name>
    <message>
        <location filename="../../ui/reminders.py" line="191"/>
        <source>Before a planned session (opens its &amp;prep)</source>
        <translation>Vor einer geplanten Sitzung (öffnet ihre &amp;Vorbereitung)</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="192"/>
        <source>Action items &amp;due today</source>
        <translation>Heute &amp;fällige Aufgaben</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="193"/>
        <source>&amp;Overdue action items</source>
        <translation>&amp;Überfällige Aufgaben</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="194"/>
        <source>Relationships gone &amp;quiet</source>
        <translation>Still ge&amp;wordene Beziehungen</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="195"/>
        <source>A daily re&amp;flection nudge (18:00)</source>
        <translation>Tägliche Erinnerung an eine Refle&amp;xion (18:00)</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="204"/>
        <source>While MentorJournal runs, it reminds you in a desktop notification. While the journal is locked, a reminder says only “A session is coming up”.</source>
        <translation>Während MentorJournal läuft, erinnert es Sie mit einer Desktop-Benachrichtigung. Solange das Journal gesperrt ist, sagt eine Erinnerung nur „Eine Sitzung steht an“.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="220"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="222"/>
        <source>Remind &amp;ahead of a session:</source>
        <translation>Vor einer Sitzung er&amp;innern:</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../ui/reminders.py" line="102"/>
        <source>Show MentorJournal</source>
        <extracomment>The default of each kind: all on but the daily reflection nudge. A reminder was shown: (title, text).</extracomment>
        <translation>MentorJournal zeigen</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="32"/>
        <source>The report is not encrypted: keep it safe, and share it only on purpose.</source>
        <translation>Der Bericht ist nicht verschlüsselt: Bewahren Sie ihn sicher auf und geben Sie ihn nur bewusst weiter.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="48"/>
        <location filename="../../ui/insights/report_dialog.py" line="144"/>
        <source>Progress report</source>
        <translation>Fortschrittsbericht</translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="52"/>
        <source>Report from</source>
        <translation>Bericht von</translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="53"/>
        <source>Report to</source>
        <translation>Bericht bis</translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="61"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="62"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="63"/>
        <source>For:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="63"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="65"/>
        <source>Reflections to include</source>
        <translation>Aufzunehmende Reflexionen</translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="66"/>
        <source>Include the &amp;text of the ticked reflections</source>
        <translation>Den &amp;Text der angehakten Reflexionen aufnehmen</translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="68"/>
        <source>Off: only their titles and dates (private text stays out).</source>
        <translation>Aus: nur ihre Titel und Daten (privater Text bleibt draußen).</translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="73"/>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="74"/>
        <source>Save as &amp;Markdown…</source>
        <translation>Als &amp;Markdown speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="82"/>
        <source>Tick the &amp;reflections to include:</source>
        <translation>Haken Sie die aufzunehmenden &amp;Reflexionen an:</translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="102"/>
        <source>Untitled reflection</source>
        <translation>Reflexion ohne Titel</translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="130"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="130"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="131"/>
        <source>Save the progress report</source>
        <translation>Den Fortschrittsbericht speichern</translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="144"/>
        <source>Writing %s…</source>
        <translation>%s wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="147"/>
        <source>The report was not written.</source>
        <translation>Der Bericht wurde nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>SalvageDialog</name>
    <message>
        <location filename="../../ui/salvage_dialog.py" line="80"/>
        <source>Salvage the journal</source>
        <translation>Das Journal retten</translation>
    </message>
    <message>
        <location filename="../../ui/salvage_dialog.py" line="114"/>
        <source>{name} is damaged. Salvage copies every record that can still be read into a new journal (the same passphrase opens it). The damaged file is left exactly as it is, so you can still restore a backup or ask for help with it.</source>
        <extracomment>True when the user chose to open the salvaged journal.</extracomment>
        <translation>{name} ist beschädigt. „Retten“ kopiert alle noch lesbaren Einträge in ein neues Journal (dieselbe Passphrase öffnet es). Die beschädigte Datei bleibt genau so, wie sie ist, damit Sie weiterhin eine Sicherung wiederherstellen oder sich dabei helfen lassen können.</translation>
    </message>
    <message>
        <location filename="../../ui/salvage_dialog.py" line="123"/>
        <source>New journal file</source>
        <translation>Neue Journaldatei</translation>
    </message>
    <message>
        <location filename="../../ui/salvage_dialog.py" line="124"/>
        <source>C&amp;hoose…</source>
        <translation>Ausw&amp;ählen…</translation>
    </message>
    <message>
        <location filename="../../ui/salvage_dialog.py" line="128"/>
        <source>&amp;New journal:</source>
        <translation>&amp;Neues Journal:</translation>
    </message>
    <message>
        <location filename="../../ui/salvage_dialog.py" line="135"/>
        <source>Salvage problem</source>
        <translation>Problem beim Retten</translation>
    </message>
    <message>
        <location filename="../../ui/salvage_dialog.py" line="136"/>
        <source>&amp;Salvage</source>
        <translation>&amp;Retten</translation>
    </message>
    <message>
        <location filename="../../ui/salvage_dialog.py" line="138"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/salvage_dialog.py" line="155"/>
        <source>Copying every readable record into the new journal…</source>
        <translation>Alle lesbaren Einträge werden in das neue Journal kopiert…</translation>
    </message>
    <message>
        <location filename="../../ui/salvage_dialog.py" line="159"/>
        <source>Salvage progress</source>
        <translation>Fortschritt des Rettens</translation>
    </message>
    <message>
        <location filename="../../ui/salvage_dialog.py" line="171"/>
        <source>Salvage report</source>
        <translation>Bericht über das Retten</translation>
    </message>
    <message>
        <location filename="../../ui/salvage_dialog.py" line="173"/>
        <source>&amp;Open the salvaged journal</source>
        <translation>Das gerettete Journal ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../ui/salvage_dialog.py" line="175"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/salvage_dialog.py" line="206"/>
        <source>Salvage into a new journal</source>
        <translation>In ein neues Journal retten</translation>
    </message>
    <message>
        <location filename="../../ui/salvage_dialog.py" line="219"/>
        <source>Say where the new journal goes.</source>
        <translation>Geben Sie an, wohin das neue Journal soll.</translation>
    </message>
    <message>
        <location filename="../../ui/salvage_dialog.py" line="223"/>
        <source>A file already exists at {path}; choose another name.</source>
        <translation>Unter {path} gibt es schon eine Datei; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../ui/salvage_dialog.py" line="255"/>
        <source>Nothing was salvaged: {message}</source>
        <translation>Nichts wurde gerettet: {message}</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../ui/pages.py" line="277"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="278"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="279"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="288"/>
        <source>Search the journal: words, or the start of a word</source>
        <translation>Das Journal durchsuchen: Wörter oder Wortanfänge</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="289"/>
        <source>Search the journal</source>
        <translation>Das Journal durchsuchen</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="299"/>
        <source>Find records of kind</source>
        <translation>Einträge dieser Art finden</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="300"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="304"/>
        <source>Find records of person</source>
        <translation>Einträge dieser Person finden</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="305"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="310"/>
        <source>Found from date</source>
        <translation>Gefunden ab Datum</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="311"/>
        <source>Found up to date</source>
        <translation>Gefunden bis Datum</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="321"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="322"/>
        <source>Matching text</source>
        <translation>Passender Text</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="336"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="338"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="339"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="340"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="352"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="448"/>
        <source>No matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="450"/>
        <source>{n} best matches (Enter opens the selected one).</source>
        <translation>{n} beste Treffer (Eingabe öffnet den ausgewählten).</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="452"/>
        <source>{n} matches (Enter opens the selected one).</source>
        <translation>{n} Treffer (Eingabe öffnet den ausgewählten).</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="454"/>
        <source>1 match (Enter opens it).</source>
        <translation>1 Treffer (Eingabe öffnet ihn).</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="490"/>
        <source>Match:</source>
        <translation>Treffer:</translation>
    </message>
</context>
<context>
    <name>SessionWatcher</name>
    <message>
        <location filename="../../ui/session_lock.py" line="184"/>
        <source>Locking the journal before the computer sleeps</source>
        <extracomment>(service, path, interface, signal): the screen lockers&apos; &quot;the screen is now locked/unlocked&quot;.</extracomment>
        <translation>Das Journal wird gesperrt, bevor der Computer in den Ruhezustand geht</translation>
    </message>
</context>
<context>
    <name>SessionsChart</name>
    <message>
        <location filename="../../ui/insights/sessions_chart.py" line="26"/>
        <source>No sessions held in this range.
Record a session (Ctrl+Shift+N) to see how regularly you meet.</source>
        <translation>In diesem Zeitraum fanden keine Sitzungen statt.
Halten Sie eine Sitzung fest (Strg+Umschalt+N), um zu sehen, wie regelmäßig Sie sich treffen.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/sessions_chart.py" line="35"/>
        <source>Sessions per month</source>
        <translation>Sitzungen pro Monat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/insights/sessions_chart.py" line="84"/>
        <source>%n session(s) in {months} months ({mentee} as mentee, {mentor} as mentor), {rate} a month.</source>
        <translation>
            <numerusform>%n Sitzung in {months} Monaten ({mentee} als Mentee, {mentor} als Mentor), {rate} pro Monat.</numerusform>
            <numerusform>%n Sitzungen in {months} Monaten ({mentee} als Mentee, {mentor} als Mentor), {rate} pro Monat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/insights/sessions_chart.py" line="97"/>
        <source>%n long gap(s) shaded; the longest {days} days from {day}.</source>
        <translation>
            <numerusform>%n lange Lücke schattiert; die längste {days} Tage ab {day}.</numerusform>
            <numerusform>%n lange Lücken schattiert; die längste {days} Tage ab {day}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/insights/sessions_chart.py" line="100"/>
        <source>No gaps of 60 days or more.</source>
        <translation>Keine Lücken von 60 Tagen oder mehr.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="113"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="126"/>
        <source>Settings sections</source>
        <extracomment>Set when the user asked to restore a backup: (backup path, key). True once an import added or changed records (the window reloads).</extracomment>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="127"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="128"/>
        <source>&amp;Security</source>
        <translation>&amp;Sicherheit</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="138"/>
        <source>&amp;Backups</source>
        <translation>Sic&amp;herungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="139"/>
        <source>&amp;Export &amp;&amp; import</source>
        <translation>&amp;Export &amp;&amp; Import</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="141"/>
        <source>&amp;Reminders</source>
        <translation>E&amp;rinnerungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="162"/>
        <source> minutes idle</source>
        <translation> Minuten Untätigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="163"/>
        <location filename="../../ui/settings_dialog.py" line="170"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="164"/>
        <source>Lock after idle minutes (0 for never)</source>
        <translation>Nach Minuten der Untätigkeit sperren (0 für nie)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="169"/>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="172"/>
        <source>Clear copied text after seconds (0 for never)</source>
        <translation>Kopierten Text nach Sekunden entfernen (0 für nie)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="175"/>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="181"/>
        <source>&amp;Lock after:</source>
        <translation>Sperren &amp;nach:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="186"/>
        <source>Locking closes the journal and clears the window. 0 means never lock by itself (Ctrl+L still locks).</source>
        <translation>Sperren schließt das Journal und leert das Fenster. 0 bedeutet: nie von selbst sperren (Strg+L sperrt trotzdem).</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="191"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="193"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="197"/>
        <source>La&amp;nguage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="199"/>
        <source>A new language applies the next time MentorJournal starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von MentorJournal.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="201"/>
        <source>&amp;Clear copied text after:</source>
        <translation>Kopierten Text en&amp;tfernen nach:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="206"/>
        <source>Text copied from the journal leaves the clipboard after this time (if nothing else was copied since) and when the journal locks. Clipboard managers that honour it are told to keep no copy.</source>
        <translation>Aus dem Journal kopierter Text verlässt die Zwischenablage nach dieser Zeit (wenn seitdem nichts anderes kopiert wurde) und wenn das Journal gesperrt wird. Zwischenablage-Manager, die es beachten, werden gebeten, keine Kopie zu behalten.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="221"/>
        <source>&amp;Remember the key on this computer</source>
        <translation>Schlüssel auf diesem Computer &amp;merken</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="222"/>
        <source>Remember the key on this computer</source>
        <translation>Schlüssel auf diesem Computer merken</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="225"/>
        <source>The journal&apos;s key (never the passphrase) is kept in the system keychain, so unlocking needs no passphrase. Whoever can use your keychain can open the journal. This takes effect at once.</source>
        <translation>Der Schlüssel des Journals (nie die Passphrase) wird im Schlüsselbund des Systems aufbewahrt, sodass das Entsperren keine Passphrase braucht. Wer Ihren Schlüsselbund benutzen kann, kann das Journal öffnen. Das wirkt sofort.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="238"/>
        <source>Unlocking</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="242"/>
        <source>&amp;Change passphrase…</source>
        <translation>Passphrase ä&amp;ndern…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="244"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="249"/>
        <source>Re-encrypts the journal under a new passphrase. Older backups keep the passphrase they were made with.</source>
        <translation>Verschlüsselt das Journal mit einer neuen Passphrase. Ältere Sicherungen behalten die Passphrase, mit der sie erstellt wurden.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="255"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="258"/>
        <source>Recovery key state</source>
        <translation>Zustand des Wiederherstellungsschlüssels</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="275"/>
        <source>This journal has a recovery key: it opens the journal if the passphrase is forgotten. Lost it, or someone else may have seen it? Make a new one; the old one then stops working.</source>
        <translation>Dieses Journal hat einen Wiederherstellungsschlüssel: Er öffnet das Journal, wenn die Passphrase vergessen ist. Verloren, oder hat ihn vielleicht jemand anderes gesehen? Erstellen Sie einen neuen; der alte funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="280"/>
        <source>Make a &amp;new recovery key…</source>
        <translation>Neuen &amp;Wiederherstellungsschlüssel erstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="284"/>
        <source>This journal has no recovery key: if the passphrase is forgotten, nobody can open it. Make one and store it away from this computer.</source>
        <translation>Dieses Journal hat keinen Wiederherstellungsschlüssel: Ist die Passphrase vergessen, kann es niemand öffnen. Erstellen Sie einen und bewahren Sie ihn getrennt von diesem Computer auf.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="288"/>
        <source>Make a recovery &amp;key…</source>
        <translation>&amp;Wiederherstellungsschlüssel erstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="294"/>
        <source>Not encrypted.</source>
        <translation>Nicht verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="300"/>
        <source>Exports are not encrypted</source>
        <translation>Exporte sind nicht verschlüsselt</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="301"/>
        <source>Export as &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="303"/>
        <source>Everything, in a file MentorJournal can import again.</source>
        <translation>Alles, in einer Datei, die MentorJournal wieder importieren kann.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="306"/>
        <source>Export as &amp;Markdown…</source>
        <translation>Als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="308"/>
        <source>Everything, as one readable Markdown document.</source>
        <translation>Alles, als ein lesbares Markdown-Dokument.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="315"/>
        <source>&amp;Import from JSON…</source>
        <translation>Aus JSON &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="320"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="324"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="329"/>
        <source>Adds the records of a MentorJournal JSON export; records already here are updated only if the file&apos;s copy is newer. A backup is made first.</source>
        <translation>Fügt die Einträge eines MentorJournal-JSON-Exports hinzu; schon vorhandene Einträge werden nur aktualisiert, wenn die Kopie in der Datei neuer ist. Vorher wird eine Sicherung erstellt.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="372"/>
        <source>The keychain was not changed.</source>
        <translation>Der Schlüsselbund wurde nicht geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="382"/>
        <source>The passphrase is changed.</source>
        <translation>Die Passphrase ist geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="384"/>
        <source>Use the new passphrase from now on. Backups made before keep the old one.</source>
        <translation>Verwenden Sie ab jetzt die neue Passphrase. Frühere Sicherungen behalten die alte.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../ui/summary_ui.py" line="53"/>
        <source>Share session summary</source>
        <translation>Sitzungszusammenfassung teilen</translation>
    </message>
    <message>
        <location filename="../../ui/summary_ui.py" line="57"/>
        <source>What you agreed, to send to {name}: takeaways, action items and the next date. Your notes stay private.</source>
        <translation>Was Sie vereinbart haben, zum Senden an {name}: Erkenntnisse, Aufgaben und der nächste Termin. Ihre Notizen bleiben privat.</translation>
    </message>
    <message>
        <location filename="../../ui/summary_ui.py" line="64"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../ui/summary_ui.py" line="66"/>
        <source>&amp;Copy text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/summary_ui.py" line="67"/>
        <source>&amp;Save file…</source>
        <translation>Datei &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/summary_ui.py" line="83"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../../ui/summary_ui.py" line="87"/>
        <source>Save summary</source>
        <translation>Zusammenfassung speichern</translation>
    </message>
    <message>
        <location filename="../../ui/summary_ui.py" line="95"/>
        <source>The summary could not be saved.</source>
        <translation>Die Zusammenfassung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../ui/summary_ui.py" line="99"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/help.py" line="109"/>
        <location filename="../../ui/help.py" line="111"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="112"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="112"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SkillChangesChart</name>
    <message>
        <location filename="../../ui/insights/skills_chart.py" line="53"/>
        <source>No skill was rated in this range.</source>
        <translation>In diesem Zeitraum wurde keine Fähigkeit bewertet.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/skills_chart.py" line="59"/>
        <source>Skill growth at a glance</source>
        <translation>Wachstum der Fähigkeiten auf einen Blick</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/insights/skills_chart.py" line="86"/>
        <source>%n skill(s) rated in this range; {grown} grew; {reached} of {targets} with a target reached it. From where each stood when the range began to its latest rating.</source>
        <translation>
            <numerusform>%n Fähigkeit in diesem Zeitraum bewertet; {grown} gewachsen; {reached} von {targets} mit Zielstufe haben sie erreicht. Vom Stand zu Beginn des Zeitraums bis zur letzten Bewertung.</numerusform>
            <numerusform>%n Fähigkeiten in diesem Zeitraum bewertet; {grown} gewachsen; {reached} von {targets} mit Zielstufe haben sie erreicht. Vom Stand zu Beginn des Zeitraums bis zur letzten Bewertung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SkillsChart</name>
    <message>
        <location filename="../../ui/insights/skills_chart.py" line="128"/>
        <source>No ratings of this skill yet.</source>
        <translation>Noch keine Bewertungen dieser Fähigkeit.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/skills_chart.py" line="129"/>
        <source>No skill ratings yet.
Add a skill and rate it now and then (1–10) to see it grow towards its target.</source>
        <translation>Noch keine Fähigkeitsbewertungen.
Legen Sie eine Fähigkeit an und bewerten Sie sie ab und zu (1–10), um sie auf ihre Zielstufe zuwachsen zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/skills_chart.py" line="138"/>
        <source>Skill history</source>
        <translation>Verlauf der Fähigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/insights/skills_chart.py" line="141"/>
        <source>Skill to chart</source>
        <translation>Darzustellende Fähigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/insights/skills_chart.py" line="149"/>
        <source>Growth since the first rating, per skill</source>
        <translation>Wachstum seit der ersten Bewertung, je Fähigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/insights/skills_chart.py" line="194"/>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/insights/skills_chart.py" line="195"/>
        <source>First</source>
        <translation>Erste</translation>
    </message>
    <message>
        <location filename="../../ui/insights/skills_chart.py" line="196"/>
        <source>Latest</source>
        <translation>Letzte</translation>
    </message>
    <message>
        <location filename="../../ui/insights/skills_chart.py" line="197"/>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <location filename="../../ui/insights/skills_chart.py" line="198"/>
        <source>Target</source>
        <translation>Zielstufe</translation>
    </message>
</context>
<context>
    <name>SkillsPage</name>
    <message>
        <location filename="../../ui/skills_page.py" line="54"/>
        <source>No skills yet. Keep a list of the skills you are building and rate each one from time to time (1–10) to see it grow.</source>
        <translation>Noch keine Fähigkeiten. Führen Sie eine Liste der Fähigkeiten, die Sie aufbauen, und bewerten Sie jede von Zeit zu Zeit (1–10), um sie wachsen zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="216"/>
        <source>Sho&amp;w retired skills</source>
        <translation>&amp;Ruhende Fähigkeiten zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="219"/>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="220"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="221"/>
        <source>Latest rating</source>
        <translation>Letzte Bewertung</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="222"/>
        <source>Target</source>
        <translation>Zielstufe</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="223"/>
        <source>Rated on</source>
        <translation>Bewertet am</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="224"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="229"/>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="236"/>
        <source>New skill…</source>
        <translation>Neue Fähigkeit…</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="238"/>
        <source>Selected skill</source>
        <translation>Ausgewählte Fähigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="239"/>
        <location filename="../../ui/skills_page.py" line="289"/>
        <location filename="../../ui/skills_page.py" line="303"/>
        <source>Re&amp;tire</source>
        <translation>Ruhen &amp;lassen</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="241"/>
        <source>Keep the skill and its ratings, out of the everyday list</source>
        <translation>Die Fähigkeit und ihre Bewertungen behalten, aber außerhalb der Alltagsliste</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="245"/>
        <location filename="../../ui/skills_page.py" line="302"/>
        <source>&amp;Rate now…</source>
        <translation>Jetzt be&amp;werten…</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="246"/>
        <source>Rate the selected skill now</source>
        <translation>Die ausgewählte Fähigkeit jetzt bewerten</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="248"/>
        <source>E&amp;dit skill…</source>
        <translation>Fähigkeit bear&amp;beiten…</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="249"/>
        <source>Edit the selected skill</source>
        <translation>Die ausgewählte Fähigkeit bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="252"/>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="254"/>
        <source>&lt;h2&gt;Skills&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Fähigkeiten&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="289"/>
        <location filename="../../ui/skills_page.py" line="303"/>
        <source>Bring &amp;back</source>
        <translation>&amp;Zurückholen</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="320"/>
        <source>{name} is back in the list.</source>
        <translation>{name} ist wieder in der Liste.</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="322"/>
        <source>{name} is retired: tick “Show retired skills” to see it.</source>
        <translation>{name} ruht: Haken Sie „Ruhende Fähigkeiten zeigen“ an, um sie zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="406"/>
        <source>Saved a rating of %d/10 on %s.</source>
        <translation>Bewertung %d/10 am %s gespeichert.</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../ui/start_dialog.py" line="209"/>
        <source>Working</source>
        <extracomment>After a wrong passphrase, the newest backups tried with it (is the file damaged instead?). A background step (key derivation, demo generation, re-key) ended, either way. A journal already open, waiting for the recovery key to be confirmed. A journal opened with the recovery key, waiting for its new passphrase. The backup the typed passphrase opened (the journal file itself is damaged). The key that proved right on a damaged journal (for Salvage…), wiped when done.</extracomment>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="235"/>
        <source>Welcome to MentorJournal</source>
        <translation>Willkommen bei MentorJournal</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="238"/>
        <source>A private, encrypted journal of your mentoring: sessions, reflections, goals and skills. It stays on this computer, in one file protected by your passphrase.</source>
        <translation>Ein privates, verschlüsseltes Journal Ihres Mentorings: Sitzungen, Reflexionen, Ziele und Fähigkeiten. Es bleibt auf diesem Computer, in einer Datei, die Ihre Passphrase schützt.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="242"/>
        <source>&amp;Create a new journal…</source>
        <translation>Neues Journal &amp;anlegen…</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="243"/>
        <source>&amp;Open a journal file…</source>
        <translation>Journaldatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="244"/>
        <source>Explore the &amp;demo journal</source>
        <translation>&amp;Demo-Journal erkunden</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="246"/>
        <source>Sample data in a temporary folder, so every screen has something to show.</source>
        <translation>Beispieldaten in einem temporären Ordner, damit jede Ansicht etwas zu zeigen hat.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="251"/>
        <source>&amp;Recent journals:</source>
        <translation>&amp;Zuletzt verwendete Journale:</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="253"/>
        <source>Recent journals</source>
        <translation>Zuletzt verwendete Journale</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="277"/>
        <source>Journal file</source>
        <translation>Journaldatei</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="278"/>
        <source>C&amp;hoose…</source>
        <translation>Ausw&amp;ählen…</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="283"/>
        <location filename="../../ui/start_dialog.py" line="437"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="284"/>
        <source>Repeat passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="286"/>
        <location filename="../../ui/start_dialog.py" line="440"/>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="288"/>
        <source>Also create a recovery &amp;key (shown once, for you to store safely)</source>
        <translation>Auch einen Wiederherstellungs&amp;schlüssel erstellen (einmal gezeigt, zum sicheren Aufbewahren)</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="293"/>
        <source>Without a recovery key, a forgotten passphrase means the journal cannot be opened by anyone, ever.</source>
        <translation>Ohne Wiederherstellungsschlüssel kann nach einer vergessenen Passphrase niemand das Journal je wieder öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="297"/>
        <location filename="../../ui/start_dialog.py" line="441"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="298"/>
        <source>Create &amp;journal</source>
        <translation>&amp;Journal anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="300"/>
        <location filename="../../ui/start_dialog.py" line="408"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="303"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="304"/>
        <location filename="../../ui/start_dialog.py" line="370"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="305"/>
        <location filename="../../ui/start_dialog.py" line="449"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="328"/>
        <source>Unlock your journal</source>
        <translation>Ihr Journal entsperren</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="333"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="334"/>
        <source>Re&amp;member on this computer</source>
        <translation>Auf diesem Computer &amp;merken</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="335"/>
        <source>Remember on this computer</source>
        <translation>Auf diesem Computer merken</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="341"/>
        <source>Unlock problem</source>
        <translation>Problem beim Entsperren</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="342"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="344"/>
        <source>&amp;Other journal…</source>
        <translation>&amp;Anderes Journal…</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="346"/>
        <source>Use recovery &amp;key…</source>
        <translation>Wiederherstellungs&amp;schlüssel verwenden…</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="348"/>
        <source>Forgot the passphrase? Open the journal with its recovery key.</source>
        <translation>Passphrase vergessen? Öffnen Sie das Journal mit seinem Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="351"/>
        <source>Restore from a &amp;backup…</source>
        <translation>Aus einer &amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="354"/>
        <source>Replace this journal with one of its backups (the journal as it is now is kept among the backups)</source>
        <translation>Dieses Journal durch eine seiner Sicherungen ersetzen (das Journal im jetzigen Zustand wird bei den Sicherungen aufbewahrt)</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="360"/>
        <source>&amp;Salvage…</source>
        <translation>&amp;Retten…</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="363"/>
        <source>Copy every record that can still be read into a new journal (the damaged file is left as it is)</source>
        <translation>Alle noch lesbaren Einträge in ein neues Journal kopieren (die beschädigte Datei bleibt, wie sie ist)</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="392"/>
        <source>Open with the recovery key</source>
        <translation>Mit dem Wiederherstellungsschlüssel öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="395"/>
        <source>Type the recovery key you stored when the journal was made (or last given a new key). Dashes and spaces do not matter. Then choose a new passphrase.</source>
        <translation>Geben Sie den Wiederherstellungsschlüssel ein, den Sie beim Anlegen des Journals (oder beim letzten neuen Schlüssel) aufbewahrt haben. Bindestriche und Leerzeichen spielen keine Rolle. Wählen Sie dann eine neue Passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="401"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="403"/>
        <source>XXXXX-XXXXX-XXXXX-…</source>
        <translation>XXXXX-XXXXX-XXXXX-…</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="405"/>
        <source>Recovery key problem</source>
        <translation>Problem mit dem Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="406"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="411"/>
        <source>Recovery &amp;key:</source>
        <translation>Wiederherstellungs&amp;schlüssel:</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="428"/>
        <source>Choose a new passphrase</source>
        <translation>Eine neue Passphrase wählen</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="431"/>
        <source>The recovery key opened the journal. Choose a new passphrase: the journal is re-encrypted under it (a backup is made first; if anything interrupts the change, the journal still opens with the recovery key). You then get a new recovery key: the one you used stops working.</source>
        <translation>Der Wiederherstellungsschlüssel hat das Journal geöffnet. Wählen Sie eine neue Passphrase: Das Journal wird damit neu verschlüsselt (vorher wird eine Sicherung erstellt; wird die Änderung unterbrochen, öffnet sich das Journal weiterhin mit dem Wiederherstellungsschlüssel). Danach erhalten Sie einen neuen Wiederherstellungsschlüssel: Der verwendete funktioniert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="438"/>
        <source>Repeat the new passphrase</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="442"/>
        <source>&amp;Set passphrase</source>
        <translation>Passphrase &amp;festlegen</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="444"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="445"/>
        <source>Close the journal unchanged</source>
        <translation>Das Journal unverändert schließen</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="448"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="468"/>
        <source>Your recovery key</source>
        <translation>Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="472"/>
        <source>I have stored it — co&amp;ntinue</source>
        <translation>Ich habe ihn aufbewahrt – &amp;weiter</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="537"/>
        <location filename="../../ui/start_dialog.py" line="574"/>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; in %2</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="548"/>
        <source>Demo journal. Its passphrase is &lt;b&gt;%1&lt;/b&gt; (already filled in).</source>
        <translation>Demo-Journal. Seine Passphrase ist &lt;b&gt;%1&lt;/b&gt; (schon eingetragen).</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="597"/>
        <source>Keeps the journal&apos;s key (not the passphrase) in the system keychain.</source>
        <translation>Bewahrt den Schlüssel des Journals (nicht die Passphrase) im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="609"/>
        <source>Not needed: the key is remembered on this computer</source>
        <translation>Nicht nötig: Der Schlüssel ist auf diesem Computer gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="627"/>
        <source>First time on this computer? The key is not remembered here: a keychain entry stays on the computer where it was made. Type the passphrase once; tick Remember to skip it from now on.</source>
        <translation>Zum ersten Mal auf diesem Computer? Der Schlüssel ist hier nicht gespeichert: Ein Schlüsselbundeintrag bleibt auf dem Computer, auf dem er erstellt wurde. Geben Sie die Passphrase einmal ein; haken Sie „Merken“ an, um sie künftig zu überspringen.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="638"/>
        <source>Open a journal</source>
        <translation>Ein Journal öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="275"/>
        <location filename="../../ui/start_dialog.py" line="644"/>
        <source>Create a journal</source>
        <translation>Ein Journal anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="719"/>
        <source>Type the journal&apos;s passphrase.</source>
        <translation>Geben Sie die Passphrase des Journals ein.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="723"/>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="733"/>
        <source>Choose where to keep the journal file.</source>
        <translation>Wählen Sie, wo die Journaldatei liegen soll.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="738"/>
        <location filename="../../ui/start_dialog.py" line="818"/>
        <source>Choose a passphrase.</source>
        <translation>Wählen Sie eine Passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="743"/>
        <location filename="../../ui/start_dialog.py" line="823"/>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein: Geben Sie zweimal dieselbe ein.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="745"/>
        <source>Type the passphrase a second time.</source>
        <translation>Geben Sie die Passphrase ein zweites Mal ein.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="755"/>
        <source>A file already exists at {path}; choose another name.</source>
        <translation>Unter {path} gibt es schon eine Datei; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="761"/>
        <source>Creating the journal…</source>
        <translation>Das Journal wird angelegt…</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="770"/>
        <source>Creating the demo journal…</source>
        <translation>Das Demo-Journal wird angelegt…</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="781"/>
        <source>Type the recovery key.</source>
        <translation>Geben Sie den Wiederherstellungsschlüssel ein.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="793"/>
        <source>This recovery key does not open this journal (a key is replaced whenever a new one is made or the passphrase is reset).</source>
        <translation>Dieser Wiederherstellungsschlüssel öffnet dieses Journal nicht (ein Schlüssel wird ersetzt, sobald ein neuer erstellt oder die Passphrase zurückgesetzt wird).</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="825"/>
        <source>Type the new passphrase a second time.</source>
        <translation>Geben Sie die neue Passphrase ein zweites Mal ein.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="836"/>
        <source>Re-encrypting the journal under the new passphrase…</source>
        <translation>Das Journal wird mit der neuen Passphrase neu verschlüsselt…</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="950"/>
        <source>Wrong passphrase.</source>
        <translation>Falsche Passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="957"/>
        <source>The passphrase is right, but the journal file is damaged. Restore it from a backup (the damaged file is kept among the backups).</source>
        <translation>Die Passphrase stimmt, aber die Journaldatei ist beschädigt. Stellen Sie sie aus einer Sicherung wieder her (die beschädigte Datei wird bei den Sicherungen aufbewahrt).</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="966"/>
        <source>Checking the passphrase against the backups…</source>
        <translation>Die Passphrase wird mit den Sicherungen geprüft…</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="983"/>
        <source>%1 — %2 (%3 MB)</source>
        <translation>%1 – %2 (%3 MB)</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="992"/>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="994"/>
        <source>Backups of this journal, newest first. The backup opens with the passphrase it was made under; type that one above.</source>
        <translation>Sicherungen dieses Journals, neueste zuerst. Eine Sicherung öffnet sich mit der Passphrase, unter der sie erstellt wurde; geben Sie diese oben ein.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="1006"/>
        <source>Type the passphrase the backup was made with, then choose it again.</source>
        <translation>Geben Sie die Passphrase ein, mit der die Sicherung erstellt wurde, und wählen Sie sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="1018"/>
        <source>Restoring the backup…</source>
        <translation>Die Sicherung wird wiederhergestellt…</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="1150"/>
        <source>Go on without confirming the recovery key?</source>
        <translation>Weitermachen, ohne den Wiederherstellungsschlüssel zu bestätigen?</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="1152"/>
        <source>The journal is ready. If the key is not stored anywhere, make a new one later in Settings ▸ Security.</source>
        <translation>Das Journal ist bereit. Wenn der Schlüssel nirgends aufbewahrt ist, erstellen Sie später unter Einstellungen ▸ Sicherheit einen neuen.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="1208"/>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>SummaryActions</name>
    <message>
        <location filename="../../ui/summary_ui.py" line="42"/>
        <location filename="../../ui/summary_ui.py" line="162"/>
        <source>Import a session summary</source>
        <translation>Eine Sitzungszusammenfassung importieren</translation>
    </message>
    <message>
        <location filename="../../ui/summary_ui.py" line="106"/>
        <source>S&amp;hare session summary…</source>
        <translation>Sitzungszusammenfassung &amp;teilen…</translation>
    </message>
    <message>
        <location filename="../../ui/summary_ui.py" line="108"/>
        <source>Import a summar&amp;y (.mjsummary)…</source>
        <translation>Zusammenfassung i&amp;mportieren (.mjsummary)…</translation>
    </message>
    <message>
        <location filename="../../ui/summary_ui.py" line="134"/>
        <source>Choose a session first.</source>
        <translation>Wählen Sie zuerst eine Sitzung.</translation>
    </message>
    <message>
        <location filename="../../ui/summary_ui.py" line="135"/>
        <source>Select it on the Sessions page or the timeline, then share.</source>
        <translation>Wählen Sie sie auf der Seite „Sitzungen“ oder in der Zeitleiste aus und teilen Sie sie dann.</translation>
    </message>
    <message>
        <location filename="../../ui/summary_ui.py" line="163"/>
        <source>The session of {day}. Who sent it?</source>
        <translation>Die Sitzung vom {day}. Wer hat sie geschickt?</translation>
    </message>
    <message>
        <location filename="../../ui/summary_ui.py" line="176"/>
        <source>Action items added: {mine} yours, {theirs} theirs.</source>
        <translation>Aufgaben hinzugefügt: {mine} für Sie, {theirs} für das Gegenüber.</translation>
    </message>
    <message>
        <location filename="../../ui/summary_ui.py" line="179"/>
        <source>{n} were imported before.</source>
        <translation>{n} wurden schon früher importiert.</translation>
    </message>
</context>
<context>
    <name>SummaryCards</name>
    <message>
        <location filename="../../ui/insights/cards.py" line="58"/>
        <source>Reflection streak</source>
        <translation>Reflexionsserie</translation>
    </message>
    <message>
        <location filename="../../ui/insights/cards.py" line="59"/>
        <source>Confidence, last 30 days</source>
        <translation>Zuversicht, letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../../ui/insights/cards.py" line="60"/>
        <source>Wins this quarter</source>
        <translation>Erfolge in diesem Quartal</translation>
    </message>
    <message>
        <location filename="../../ui/insights/cards.py" line="61"/>
        <source>Open action items</source>
        <translation>Offene Aufgaben</translation>
    </message>
</context>
<context>
    <name>TagsField</name>
    <message>
        <location filename="../../ui/editors/fields.py" line="249"/>
        <source>tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
</context>
<context>
    <name>TemplateBar</name>
    <message>
        <location filename="../../ui/editors/template_bar.py" line="46"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../../ui/editors/template_bar.py" line="52"/>
        <source>Save as template…</source>
        <translation>Als Vorlage speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/template_bar.py" line="53"/>
        <source>Save the text as a template</source>
        <translation>Den Text als Vorlage speichern</translation>
    </message>
    <message>
        <location filename="../../ui/editors/template_bar.py" line="55"/>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/template_bar.py" line="67"/>
        <source>No template</source>
        <translation>Keine Vorlage</translation>
    </message>
    <message>
        <location filename="../../ui/editors/template_bar.py" line="72"/>
        <source>{name} (mine)</source>
        <translation>{name} (eigene)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/template_bar.py" line="83"/>
        <source>{name} (no longer available)</source>
        <translation>{name} (nicht mehr verfügbar)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/template_bar.py" line="110"/>
        <source>Replace the text you wrote with this template?</source>
        <translation>Ihren Text durch diese Vorlage ersetzen?</translation>
    </message>
    <message>
        <location filename="../../ui/editors/template_bar.py" line="111"/>
        <source>You can undo it with Ctrl+Z.</source>
        <translation>Sie können das mit Strg+Z rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>TidyDialog</name>
    <message>
        <location filename="../../ui/tidy_dialog.py" line="42"/>
        <source>ratings</source>
        <extracomment>What links to a skill or a person, by &quot;kind.field&quot;, as people say it.</extracomment>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../../ui/tidy_dialog.py" line="43"/>
        <source>wins</source>
        <translation>Erfolge</translation>
    </message>
    <message>
        <location filename="../../ui/tidy_dialog.py" line="44"/>
        <location filename="../../ui/tidy_dialog.py" line="149"/>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../../ui/tidy_dialog.py" line="45"/>
        <source>goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../ui/tidy_dialog.py" line="46"/>
        <source>action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../../ui/tidy_dialog.py" line="47"/>
        <source>people introduced</source>
        <translation>vorgestellte Personen</translation>
    </message>
    <message>
        <location filename="../../ui/tidy_dialog.py" line="63"/>
        <source>Tidy up — MentorJournal</source>
        <translation>Aufräumen — MentorJournal</translation>
    </message>
    <message>
        <location filename="../../ui/tidy_dialog.py" line="66"/>
        <source>What to tidy</source>
        <translation>Was aufgeräumt wird</translation>
    </message>
    <message>
        <location filename="../../ui/tidy_dialog.py" line="67"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../ui/tidy_dialog.py" line="68"/>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location filename="../../ui/tidy_dialog.py" line="69"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/tidy_dialog.py" line="72"/>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <location filename="../../ui/tidy_dialog.py" line="76"/>
        <source>New name, or the name to merge into</source>
        <translation>Neuer Name oder der Name, mit dem zusammengeführt wird</translation>
    </message>
    <message>
        <location filename="../../ui/tidy_dialog.py" line="77"/>
        <source>A new name, or the name to merge into</source>
        <translation>Ein neuer Name oder der Name, mit dem zusammengeführt wird</translation>
    </message>
    <message>
        <location filename="../../ui/tidy_dialog.py" line="81"/>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location filename="../../ui/tidy_dialog.py" line="84"/>
        <source>&amp;Merge into</source>
        <translation>&amp;Zusammenführen mit</translation>
    </message>
    <message>
        <location filename="../../ui/tidy_dialog.py" line="87"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/tidy_dialog.py" line="92"/>
        <source>Tidy result</source>
        <translation>Ergebnis des Aufräumens</translation>
    </message>
    <message>
        <location filename="../../ui/tidy_dialog.py" line="97"/>
        <source>Give one thing one name: rename it, or merge it into another (its sessions, reflections, ratings and links move along).</source>
        <translation>Einer Sache einen Namen geben: Benennen Sie sie um oder führen Sie sie mit einer anderen zusammen (ihre Sitzungen, Reflexionen, Bewertungen und Verknüpfungen gehen mit).</translation>
    </message>
    <message>
        <location filename="../../ui/tidy_dialog.py" line="103"/>
        <source>&amp;Tidy:</source>
        <translation>&amp;Aufräumen:</translation>
    </message>
    <message>
        <location filename="../../ui/tidy_dialog.py" line="106"/>
        <source>&amp;Choose:</source>
        <translation>Aus&amp;wählen:</translation>
    </message>
    <message>
        <location filename="../../ui/tidy_dialog.py" line="109"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/tidy_dialog.py" line="148"/>
        <source>reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <location filename="../../ui/tidy_dialog.py" line="148"/>
        <source>reflections</source>
        <translation>Reflexionen</translation>
    </message>
    <message>
        <location filename="../../ui/tidy_dialog.py" line="149"/>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../../ui/tidy_dialog.py" line="159"/>
        <source>nothing linked</source>
        <translation>nichts verknüpft</translation>
    </message>
    <message>
        <location filename="../../ui/tidy_dialog.py" line="200"/>
        <source>Type the name to merge into.</source>
        <translation>Geben Sie den Namen ein, mit dem zusammengeführt werden soll.</translation>
    </message>
    <message>
        <location filename="../../ui/tidy_dialog.py" line="206"/>
        <source>Something cannot be merged into itself.</source>
        <translation>Etwas kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <location filename="../../ui/tidy_dialog.py" line="212"/>
        <source>No {what} called {name!r}.</source>
        <translation>Kein(e) {what} namens {name!r}.</translation>
    </message>
    <message>
        <location filename="../../ui/tidy_dialog.py" line="233"/>
        <source>Type the new name.</source>
        <translation>Geben Sie den neuen Namen ein.</translation>
    </message>
    <message>
        <location filename="../../ui/tidy_dialog.py" line="248"/>
        <source>Merge {names} into {into!r}?</source>
        <translation>{names} mit {into!r} zusammenführen?</translation>
    </message>
    <message>
        <location filename="../../ui/tidy_dialog.py" line="250"/>
        <source>What moves to {into!r}: {moves}. The merged names are removed; this cannot be undone.</source>
        <translation>Was zu {into!r} wandert: {moves}. Die zusammengeführten Namen werden entfernt; das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../ui/timeline_model.py" line="125"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="126"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="127"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="128"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="129"/>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../ui/timeline_page.py" line="46"/>
        <source>Nothing on the timeline up to today yet. Write a reflection (Ctrl+N) or record a session (Ctrl+Shift+N), and it will show up here.</source>
        <translation>Bis heute steht noch nichts auf der Zeitleiste. Schreiben Sie eine Reflexion (Strg+N) oder halten Sie eine Sitzung fest (Strg+Umschalt+N), dann erscheint sie hier.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="51"/>
        <source>No records match these filters. Try another kind, person or tag, or widen the dates.</source>
        <translation>Keine Einträge passen zu diesen Filtern. Versuchen Sie eine andere Art, Person oder ein anderes Schlagwort, oder erweitern Sie den Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="55"/>
        <source>Nothing planned after today: no planned sessions, no action items due and no goal target dates ahead.</source>
        <translation>Nach heute ist nichts geplant: keine geplanten Sitzungen, keine fälligen Aufgaben und keine anstehenden Zieldaten.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="121"/>
        <source>&lt;h2&gt;Timeline&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Zeitleiste&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="123"/>
        <source>Number of records shown</source>
        <translation>Anzahl der gezeigten Einträge</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="125"/>
        <source>Filter by kind</source>
        <translation>Nach Art filtern</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="125"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="128"/>
        <source>Filter by person</source>
        <translation>Nach Person filtern</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="128"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="129"/>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="129"/>
        <source>Any tag</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="130"/>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="132"/>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="138"/>
        <source>&amp;Reset filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="139"/>
        <source>&amp;Upcoming</source>
        <translation>Anst&amp;ehend</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="143"/>
        <source>Show planned sessions, due action items and goal targets after today</source>
        <translation>Geplante Sitzungen, fällige Aufgaben und Zieldaten nach heute zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="152"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="153"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="154"/>
        <source>Ta&amp;g:</source>
        <translation>&amp;Schlagwort:</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="157"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="157"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="173"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="178"/>
        <source>New reflection…</source>
        <translation>Neue Reflexion…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="179"/>
        <source>New session…</source>
        <translation>Neue Sitzung…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="182"/>
        <source>Timeline: selected record</source>
        <translation>Zeitleiste: ausgewählter Eintrag</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="190"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="190"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="192"/>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="196"/>
        <source>&lt;b&gt;Upcoming&lt;/b&gt; — after today, soonest first</source>
        <translation>&lt;b&gt;Anstehend&lt;/b&gt; – nach heute, das Nächste zuerst</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline_page.py" line="264"/>
        <source>%n record(s) up to {day}</source>
        <translation>
            <numerusform>%n Eintrag bis {day}</numerusform>
            <numerusform>%n Einträge bis {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../ui/trash_page.py" line="64"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="64"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="64"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="64"/>
        <source>With it</source>
        <translation>Mit dabei</translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="68"/>
        <location filename="../../ui/trash_page.py" line="92"/>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="72"/>
        <source>The trash is empty. What you delete waits here, inside the encrypted journal, until you restore it or delete it for good.</source>
        <translation>Der Papierkorb ist leer. Was Sie löschen, wartet hier im verschlüsselten Journal, bis Sie es wiederherstellen oder endgültig löschen.</translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="76"/>
        <source>Deleted records</source>
        <translation>Gelöschte Einträge</translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="77"/>
        <location filename="../../ui/trash_page.py" line="195"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="78"/>
        <source>Put it back as it was (Enter)</source>
        <translation>So zurücklegen, wie es war (Eingabe)</translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="79"/>
        <location filename="../../ui/trash_page.py" line="196"/>
        <source>&amp;Delete for good…</source>
        <translation>E&amp;ndgültig löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="80"/>
        <source>E&amp;mpty trash…</source>
        <translation>Papierkorb &amp;leeren…</translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="82"/>
        <source>Deleting for good removes the records from the journal file. </source>
        <translation>Endgültiges Löschen entfernt die Einträge aus der Journaldatei. </translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="90"/>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="125"/>
        <source> and {n} more</source>
        <translation> und {n} weitere</translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="127"/>
        <source>Several</source>
        <translation>Mehrere</translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="185"/>
        <source>… and {n} more</source>
        <translation>… und {n} weitere</translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="213"/>
        <source>Restored “{what}”.</source>
        <translation>„{what}“ wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="215"/>
        <source>Also restored what it needs: {names}.</source>
        <translation>Auch wiederhergestellt, was dazu nötig ist: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="227"/>
        <source>Delete “{what}” for good?</source>
        <translation>„{what}“ endgültig löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="230"/>
        <source>{records} will be removed from the journal file. This cannot be undone.</source>
        <translation>{records} werden aus der Journaldatei entfernt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="243"/>
        <source>Empty the trash?</source>
        <translation>Den Papierkorb leeren?</translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="246"/>
        <source>{n} deleted records will be removed from the journal file. This cannot be undone.</source>
        <translation>{n} gelöschte Einträge werden aus der Journaldatei entfernt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="264"/>
        <source>Deleting for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="265"/>
        <source>Removing the records and rewriting the journal file…</source>
        <translation>Die Einträge werden entfernt und die Journaldatei neu geschrieben…</translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="269"/>
        <source>Nothing was deleted for good.</source>
        <translation>Nichts wurde endgültig gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="274"/>
        <source>Deleted for good: {records}.</source>
        <translation>Endgültig gelöscht: {records}.</translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="276"/>
        <source>Kept, because other records need them: {names}.</source>
        <translation>Behalten, weil andere Einträge sie brauchen: {names}.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>Undo</source>
        <extracomment>The menus, as lists of action names (``self.actions_by_name``); None: a separator; &quot;@name&quot;: a submenu. Add an action by name here and in ``_make_actions``. Shortcuts that work from every window of the app (editors and dialogs too).</extracomment>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>Put it back (Ctrl+Z)</source>
        <translation>Zurücklegen (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>Show the trash</source>
        <translation>Den Papierkorb zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>UpliftChart</name>
    <message>
        <location filename="../../ui/insights/uplift_chart.py" line="31"/>
        <source>No session in this range has confidence rated both before and after.
Rate your confidence before a session and again after it to see what each one gave you.</source>
        <translation>Keine Sitzung in diesem Zeitraum hat eine Zuversichtsbewertung vorher und nachher.
Bewerten Sie Ihre Zuversicht vor einer Sitzung und noch einmal danach, um zu sehen, was Ihnen jede gebracht hat.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/uplift_chart.py" line="40"/>
        <source>Confidence before → after sessions</source>
        <translation>Zuversicht vor → nach Sitzungen</translation>
    </message>
    <message>
        <location filename="../../ui/insights/uplift_chart.py" line="90"/>
        <source>({mentee} as mentee, {mentor} as mentor)</source>
        <translation>({mentee} als Mentee, {mentor} als Mentor)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/insights/uplift_chart.py" line="97"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/insights/uplift_chart.py" line="101"/>
        <source>confidence {before} before → {after} after on average ({mean}); it rose after {rose} of them ({share}%).</source>
        <translation>Zuversicht im Mittel {before} vorher → {after} nachher ({mean}); sie stieg nach {rose} davon ({share} %).</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="142"/>
        <source>Something unexpected went wrong.</source>
        <extracomment>Imported just after the first dialog shows, so that unlocking finds them loaded.</extracomment>
        <translation>Etwas Unerwartetes ist schiefgegangen.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="143"/>
        <source>Your journal is saved after every change. If this happens again, restart MentorJournal; the log has details for a bug report (no journal text).</source>
        <translation>Ihr Journal wird nach jeder Änderung gespeichert. Wenn das wieder passiert, starten Sie MentorJournal neu; das Protokoll enthält Details für einen Fehlerbericht (keinen Journaltext).</translation>
    </message>
</context>
<context>
    <name>backup_ui</name>
    <message>
        <location filename="../../ui/backup_ui.py" line="53"/>
        <source>Backed up by you</source>
        <translation>Von Ihnen gesichert</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="54"/>
        <source>Daily (automatic)</source>
        <translation>Täglich (automatisch)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="55"/>
        <source>Before changing the passphrase</source>
        <translation>Vor dem Ändern der Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="56"/>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="57"/>
        <source>Current journal, before a restore</source>
        <translation>Aktuelles Journal, vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="58"/>
        <source>Before an upgrade</source>
        <translation>Vor einer Aktualisierung</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="74"/>
        <source>{size} bytes</source>
        <translation>{size} Bytes</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="85"/>
        <source>Folder for backups</source>
        <translation>Ordner für Sicherungen</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="96"/>
        <source>Backing up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="97"/>
        <source>Writing an encrypted backup…</source>
        <translation>Eine verschlüsselte Sicherung wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="103"/>
        <source>The backup was not written.</source>
        <translation>Die Sicherung wurde nicht geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="122"/>
        <location filename="../../ui/backup_ui.py" line="153"/>
        <source>This backup cannot be restored.</source>
        <translation>Diese Sicherung kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="146"/>
        <source>Checking the backup</source>
        <translation>Die Sicherung wird geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="147"/>
        <source>Checking every page of the backup…</source>
        <translation>Jede Seite der Sicherung wird geprüft…</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../ui/core_messages.py" line="27"/>
        <source>Wrong passphrase or damaged file.</source>
        <translation>Falsche Passphrase oder beschädigte Datei.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="28"/>
        <source>The passphrase must not be empty.</source>
        <translation>Die Passphrase darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="29"/>
        <source>That is not a valid recovery key (unexpected characters).</source>
        <translation>Das ist kein gültiger Wiederherstellungsschlüssel (unerwartete Zeichen).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="30"/>
        <source>That is not a valid recovery key (wrong length).</source>
        <translation>Das ist kein gültiger Wiederherstellungsschlüssel (falsche Länge).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="31"/>
        <source>That recovery key has a typo: its checksum does not match.</source>
        <translation>Dieser Wiederherstellungsschlüssel enthält einen Tippfehler: Seine Prüfsumme stimmt nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="32"/>
        <source>No journal at {path}.</source>
        <translation>Unter {path} gibt es kein Journal.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="33"/>
        <source>No file or folder at {path}.</source>
        <translation>Unter {path} gibt es keine Datei und keinen Ordner.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="34"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>{path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="35"/>
        <source>A file already exists at {path}; choose another name.</source>
        <translation>Unter {path} gibt es schon eine Datei; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="36"/>
        <source>{name} is empty: it is not a MentorJournal journal.</source>
        <translation>{name} ist leer: Es ist kein MentorJournal-Journal.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="37"/>
        <source>{name} is an unencrypted SQLite database, not a MentorJournal journal.</source>
        <translation>{name} ist eine unverschlüsselte SQLite-Datenbank, kein MentorJournal-Journal.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="40"/>
        <source>{name} is not a MentorJournal journal, or it is truncated or damaged.</source>
        <translation>{name} ist kein MentorJournal-Journal oder ist abgeschnitten oder beschädigt.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="43"/>
        <source>This file is too short to be a MentorJournal journal.</source>
        <translation>Diese Datei ist zu kurz für ein MentorJournal-Journal.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="44"/>
        <source>This file is not a MentorJournal journal, or its first bytes are damaged.</source>
        <translation>Diese Datei ist kein MentorJournal-Journal, oder ihre ersten Bytes sind beschädigt.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="47"/>
        <source>This journal was written by a newer MentorJournal (schema {version}; this version reads up to {supported}). Please update the app.</source>
        <translation>Dieses Journal wurde von einem neueren MentorJournal geschrieben (Schema {version}; diese Version liest bis {supported}). Bitte aktualisieren Sie die App.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="53"/>
        <source>The journal is busy in another program (it holds the write lock); try again in a moment.</source>
        <translation>Das Journal ist in einem anderen Programm in Gebrauch (es hält die Schreibsperre); versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="57"/>
        <source>The journal is busy in another program; try again in a moment.</source>
        <translation>Das Journal ist in einem anderen Programm in Gebrauch; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="58"/>
        <source>The journal is busy: {who} is {doing}.</source>
        <translation>Das Journal ist in Gebrauch: {who} ist beschäftigt ({doing}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="59"/>
        <source>Try again when it has finished.</source>
        <translation>Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="60"/>
        <source>Cannot start {purpose}: the journal is open in {names}.</source>
        <translation>{purpose} kann nicht beginnen: Das Journal ist in {names} geöffnet.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="61"/>
        <source>Cannot start {purpose}: the journal is open in another program.</source>
        <translation>{purpose} kann nicht beginnen: Das Journal ist in einem anderen Programm geöffnet.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="62"/>
        <source>Close it (or lock it) there, then try again.</source>
        <translation>Schließen (oder sperren) Sie es dort und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="63"/>
        <source>Close it there, then try again.</source>
        <translation>Schließen Sie es dort und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="64"/>
        <source>The journal is open in another program; close it there, then try again.</source>
        <translation>Das Journal ist in einem anderen Programm geöffnet; schließen Sie es dort und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="67"/>
        <source>The journal is open in another window or program; close it there first.</source>
        <translation>Das Journal ist in einem anderen Fenster oder Programm geöffnet; schließen Sie es zuerst dort.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="71"/>
        <source>The journal file is damaged; nothing was changed.</source>
        <translation>Die Journaldatei ist beschädigt; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="72"/>
        <source>Restore a backup, or copy every readable record into a new journal (`mentorjournal salvage`).</source>
        <translation>Stellen Sie eine Sicherung wieder her oder kopieren Sie alle lesbaren Einträge in ein neues Journal (`mentorjournal salvage`).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="77"/>
        <source>The journal is damaged ({problem}); nothing more is written into it.</source>
        <translation>Das Journal ist beschädigt ({problem}); es wird nichts mehr hineingeschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="80"/>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="82"/>
        <source>The journal cannot be written: the file or its folder is read-only.</source>
        <translation>Das Journal kann nicht geschrieben werden: Die Datei oder ihr Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="85"/>
        <source>The disk is full: this change was not saved.</source>
        <translation>Der Datenträger ist voll: Diese Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="86"/>
        <source>The disk is full (or a file size limit was reached): this change was not saved.</source>
        <translation>Der Datenträger ist voll (oder eine Dateigrößengrenze ist erreicht): Diese Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="89"/>
        <source>Free some space and try again.</source>
        <translation>Geben Sie etwas Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="90"/>
        <source>The operating system reported a disk error while using the journal; nothing was changed.</source>
        <translation>Das Betriebssystem hat beim Zugriff auf das Journal einen Datenträgerfehler gemeldet; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="94"/>
        <source>Check the disk, then verify the journal.</source>
        <translation>Prüfen Sie den Datenträger und dann das Journal.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="95"/>
        <source>The journal file could not be opened (check the folder and its permissions).</source>
        <translation>Die Journaldatei konnte nicht geöffnet werden (prüfen Sie den Ordner und seine Berechtigungen).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="98"/>
        <source>{what} was not written: the disk is full or a size limit was reached{where}.</source>
        <translation>{what} wurde nicht geschrieben: Der Datenträger ist voll oder eine Größengrenze ist erreicht{where}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="102"/>
        <source>Free some space and try again; nothing else was changed.</source>
        <translation>Geben Sie etwas Speicherplatz frei und versuchen Sie es erneut; sonst wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="103"/>
        <source>{what} could not be written: permission denied or read-only{where}.</source>
        <translation>{what} konnte nicht geschrieben werden: Zugriff verweigert oder schreibgeschützt{where}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="106"/>
        <source>{what}: no such file or folder{where}.</source>
        <translation>{what}: Datei oder Ordner nicht vorhanden{where}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="107"/>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="108"/>
        <source>The backup</source>
        <translation>Die Sicherung</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="109"/>
        <source>The export</source>
        <translation>Der Export</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="111"/>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="112"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="113"/>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="114"/>
        <source>must be a single line</source>
        <translation>muss eine einzelne Zeile sein</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="115"/>
        <source>is too long ({count} characters; at most {limit})</source>
        <translation>ist zu lang ({count} Zeichen; höchstens {limit})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="116"/>
        <source>must be a whole number from 0 to {high}</source>
        <translation>muss eine ganze Zahl von 0 bis {high} sein</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="117"/>
        <source>must be between {low} and {high}</source>
        <translation>muss zwischen {low} und {high} liegen</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="118"/>
        <source>must be a date as YYYY-MM-DD</source>
        <translation>muss ein Datum als JJJJ-MM-TT sein</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="119"/>
        <source>{text} is not a real date</source>
        <translation>{text} ist kein gültiges Datum</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="120"/>
        <source>must be a date and time as YYYY-MM-DD HH:MM</source>
        <translation>muss Datum und Uhrzeit als JJJJ-MM-TT HH:MM sein</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="121"/>
        <source>{text} is not a real date and time</source>
        <translation>{text} ist kein gültiges Datum mit Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="122"/>
        <source>must be one of: {allowed}</source>
        <translation>muss eines davon sein: {allowed}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="123"/>
        <source>a tag must be a single line</source>
        <translation>ein Schlagwort muss eine einzelne Zeile sein</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="124"/>
        <source>a tag is too long (at most {limit} characters)</source>
        <translation>ein Schlagwort ist zu lang (höchstens {limit} Zeichen)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="125"/>
        <source>the journal refused this value</source>
        <translation>das Journal hat diesen Wert abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="126"/>
        <source>a person cannot introduce themselves</source>
        <translation>eine Person kann sich nicht selbst vorstellen</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="127"/>
        <source>belongs to another session</source>
        <translation>gehört zu einer anderen Sitzung</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="129"/>
        <source>Backups made before keep a copy: automatic backups are replaced over time (the daily ones after a week, the weekly ones after a month, the monthly ones as newer months come), and backups you made yourself keep it until you delete them.</source>
        <translation>Zuvor erstellte Sicherungen behalten eine Kopie: Automatische Sicherungen werden mit der Zeit ersetzt (die täglichen nach einer Woche, die wöchentlichen nach einem Monat, die monatlichen, wenn neuere Monate hinzukommen), und selbst erstellte Sicherungen behalten sie, bis Sie sie löschen.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="136"/>
        <source>No system keychain was found on this computer (for example GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager), so the passphrase cannot be remembered. Everything else works.</source>
        <translation>Auf diesem Computer wurde kein Schlüsselbund des Systems gefunden (zum Beispiel GNOME Keyring, KWallet, macOS-Schlüsselbund oder Windows-Anmeldeinformationsverwaltung), daher kann die Passphrase nicht gespeichert werden. Alles andere funktioniert.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="143"/>
        <source>That record no longer exists.</source>
        <translation>Diesen Eintrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="144"/>
        <source>No {kind} with id {id}.</source>
        <translation>Kein(e) {kind} mit der ID {id}.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/checkin.py" line="123"/>
        <source>Check-in saved.</source>
        <translation>Check-in gespeichert.</translation>
    </message>
</context>
<context>
    <name>exchange_ui</name>
    <message>
        <location filename="../../ui/exchange_ui.py" line="38"/>
        <source>Exports are NOT encrypted: anyone who can read the file can read your journal. Keep it somewhere safe and delete it when you no longer need it.</source>
        <translation>Exporte sind NICHT verschlüsselt: Wer die Datei lesen kann, kann Ihr Journal lesen. Bewahren Sie sie sicher auf und löschen Sie sie, wenn Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_ui.py" line="50"/>
        <source>Export the journal (not encrypted)</source>
        <translation>Das Journal exportieren (nicht verschlüsselt)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_ui.py" line="64"/>
        <source>Import a MentorJournal export</source>
        <translation>Einen MentorJournal-Export importieren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_ui.py" line="66"/>
        <source>MentorJournal JSON export (*.json);;All files (*)</source>
        <translation>MentorJournal-JSON-Export (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_ui.py" line="98"/>
        <source>The export was not written.</source>
        <translation>Der Export wurde nicht geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_ui.py" line="131"/>
        <source>Nothing was imported.</source>
        <translation>Nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_ui.py" line="138"/>
        <source>Import finished.</source>
        <translation>Import abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../ui/i18n.py" line="35"/>
        <source>System language</source>
        <extracomment>The Settings choices: value -&gt; label (the language&apos;s own name, not translated).</extracomment>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="58"/>
        <source>person</source>
        <extracomment>The eight kinds of record a user writes (tags come with sessions and reflections). Kinds that carry tags. Kinds on the timeline (every record kind but skills, which are undated). Kinds the full-text index holds, with their code in the index rowid. The field a record can be named by (besides its id and UUID), for the kinds that have one.</extracomment>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="59"/>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="60"/>
        <source>reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="61"/>
        <source>skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="62"/>
        <source>skill rating</source>
        <translation>Fähigkeitsbewertung</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="63"/>
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="64"/>
        <source>action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="65"/>
        <source>win</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="66"/>
        <source>tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="70"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="71"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="72"/>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="73"/>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="74"/>
        <source>Skill rating</source>
        <translation>Fähigkeitsbewertung</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="75"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="76"/>
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="77"/>
        <source>Win</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="78"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="107"/>
        <source>My mentor</source>
        <translation>Mein Mentor</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="108"/>
        <source>My mentee</source>
        <translation>Mein Mentee</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="109"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="112"/>
        <source>My mentors</source>
        <translation>Meine Mentoren</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="113"/>
        <source>My mentees</source>
        <translation>Meine Mentees</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="114"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="126"/>
        <source>as mentee</source>
        <translation>als Mentee</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="127"/>
        <source>as mentor</source>
        <translation>als Mentor</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="138"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="139"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="140"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="152"/>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="153"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="154"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="155"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="166"/>
        <location filename="../../mentorjournal/kinds.py" line="192"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="167"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="168"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="179"/>
        <source>No follow-up</source>
        <translation>Keine Nachbereitung</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="180"/>
        <source>Follow up</source>
        <translation>Nachbereiten</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="181"/>
        <source>Followed up</source>
        <translation>Nachbereitet</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="193"/>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="194"/>
        <source>Dropped</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="206"/>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="207"/>
        <source>Them</source>
        <translation>Gegenüber</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="221"/>
        <source>Self-assessment</source>
        <translation>Selbsteinschätzung</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="222"/>
        <source>Mentor feedback</source>
        <translation>Rückmeldung vom Mentor</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="223"/>
        <source>Peer feedback</source>
        <translation>Rückmeldung von Kollegen</translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="224"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>mood_chart</name>
    <message>
        <location filename="../../ui/insights/mood_chart.py" line="29"/>
        <source>As mentee</source>
        <translation>Als Mentee</translation>
    </message>
    <message>
        <location filename="../../ui/insights/mood_chart.py" line="30"/>
        <source>As mentor</source>
        <translation>Als Mentor</translation>
    </message>
</context>
<context>
    <name>overview_panel</name>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="40"/>
        <source>Confidence as mentee</source>
        <translation>Zuversicht als Mentee</translation>
    </message>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="41"/>
        <source>Motivation as mentee</source>
        <translation>Motivation als Mentee</translation>
    </message>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="42"/>
        <source>Confidence as mentor</source>
        <translation>Zuversicht als Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="43"/>
        <source>Motivation as mentor</source>
        <translation>Motivation als Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="88"/>
        <source>grew</source>
        <translation>gewachsen</translation>
    </message>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="89"/>
        <source>fell</source>
        <translation>gesunken</translation>
    </message>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="90"/>
        <source>about the same</source>
        <translation>etwa gleich</translation>
    </message>
</context>
<context>
    <name>prep_export</name>
    <message>
        <location filename="../../ui/prep_export.py" line="146"/>
        <source>Session prep</source>
        <translation>Sitzungsvorbereitung</translation>
    </message>
    <message>
        <location filename="../../ui/prep_export.py" line="172"/>
        <source>Print session prep</source>
        <translation>Sitzungsvorbereitung drucken</translation>
    </message>
</context>
<context>
    <name>record_models</name>
    <message>
        <location filename="../../ui/record_models.py" line="217"/>
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../ui/record_models.py" line="218"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../ui/record_models.py" line="266"/>
        <source>Goal / action item</source>
        <translation>Ziel / Aufgabe</translation>
    </message>
    <message>
        <location filename="../../ui/record_models.py" line="267"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/record_models.py" line="268"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../ui/record_models.py" line="269"/>
        <source>Target / due</source>
        <translation>Zieldatum / fällig</translation>
    </message>
    <message>
        <location filename="../../ui/record_models.py" line="270"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
</context>
<context>
    <name>specs</name>
    <message>
        <location filename="../../ui/editors/specs.py" line="31"/>
        <source>I am the mentee</source>
        <extracomment>The words for each choice value; anything missing is shown capitalised.</extracomment>
        <translation>Ich bin Mentee</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="32"/>
        <source>I am the mentor</source>
        <translation>Ich bin Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="38"/>
        <source>Name</source>
        <extracomment>Field labels, by field name (then by kind where the same name means different things).</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="39"/>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="40"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="41"/>
        <source>Contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="42"/>
        <source>Introduced by</source>
        <translation>Vorgestellt von</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="43"/>
        <source>Relationship since</source>
        <translation>Beziehung seit</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="44"/>
        <source>Relationship ended</source>
        <translation>Beziehung beendet</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="45"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="46"/>
        <source>Follow-up</source>
        <translation>Nachbereitung</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="47"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="48"/>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="49"/>
        <source>My role</source>
        <translation>Meine Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="50"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="51"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="52"/>
        <source>Format</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="53"/>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="54"/>
        <source>Takeaways</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="55"/>
        <source>Confidence before</source>
        <translation>Zuversicht vorher</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="56"/>
        <source>Confidence after</source>
        <translation>Zuversicht nachher</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="57"/>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="58"/>
        <source>Next session</source>
        <translation>Nächste Sitzung</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="59"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="60"/>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="61"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="62"/>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="63"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="64"/>
        <source>Confidence</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="65"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="66"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="67"/>
        <source>Target level</source>
        <translation>Zielstufe</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="68"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="69"/>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="70"/>
        <source>Rated on</source>
        <translation>Bewertet am</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="71"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="72"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="73"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="74"/>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="75"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="76"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="77"/>
        <source>Action</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="78"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="79"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="80"/>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="81"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="82"/>
        <source>Meet every</source>
        <translation>Treffen alle</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="86"/>
        <source>Topics</source>
        <extracomment>A field that a kind names in its own words (a session&apos;s tags are its topics).</extracomment>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="90"/>
        <source>topics, separated by commas</source>
        <extracomment>The same for a field&apos;s placeholder.</extracomment>
        <translation>Themen, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="152"/>
        <source>What happened, what you noticed, what changed in your thinking…</source>
        <extracomment>Fields shown, in order. Text fields listed in ``TEXTS`` become Markdown editors. Short fields shown below the text, in this order: a reflection is written first (title, text), then rated — Tab goes from the text straight to Confidence. Text fields edited as Markdown with a preview; other text fields are single lines. The field that names a record in window titles. Whole-number fields with a unit.</extracomment>
        <translation>Was passiert ist, was Ihnen aufgefallen ist, was sich in Ihrem Denken verändert hat…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="155"/>
        <source>Questions and topics to bring…</source>
        <translation>Fragen und Themen, die Sie mitbringen…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="156"/>
        <source>What you talked about…</source>
        <translation>Worüber Sie gesprochen haben…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="157"/>
        <source>What you are taking away…</source>
        <translation>Was Sie mitnehmen…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="158"/>
        <source>What needs doing…</source>
        <translation>Was zu tun ist…</translation>
    </message>
</context>
<context>
    <name>strength</name>
    <message>
        <location filename="../../ui/strength.py" line="109"/>
        <source>Choose a passphrase: several unrelated words are easy to remember and hard to guess.</source>
        <extracomment>zxcvbn keeps the words of the last call in a module global: one estimate at a time.</extracomment>
        <translation>Wählen Sie eine Passphrase: Mehrere Wörter ohne Zusammenhang sind leicht zu merken und schwer zu erraten.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="114"/>
        <source>Weak.</source>
        <translation>Schwach.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="115"/>
        <source>Fair.</source>
        <translation>Mäßig.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="116"/>
        <source>Good.</source>
        <translation>Gut.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="117"/>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="125"/>
        <source>A forgotten passphrase can only be replaced with the recovery key.</source>
        <translation>Eine vergessene Passphrase lässt sich nur mit dem Wiederherstellungsschlüssel ersetzen.</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <location filename="../../ui/theme.py" line="23"/>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="24"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="25"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>timeline_page</name>
    <message>
        <location filename="../../ui/timeline_page.py" line="61"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="62"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="63"/>
        <source>Goal target</source>
        <translation>Zieldatum</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../ui/workers.py" line="34"/>
        <source>Something unexpected went wrong; nothing was changed. Details are in the log.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen; nichts wurde geändert. Details stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>zxcvbn</name>
    <message>
        <location filename="../../ui/strength.py" line="37"/>
        <source>Use a few words, avoid common phrases.</source>
        <extracomment>zxcvbn refuses longer input (its default limit); the first 72 characters are rated instead, which never overrates a passphrase. Words that say nothing secret about this journal: zxcvbn counts them as known. The pause after the last keystroke before estimating. Every sentence zxcvbn 4.5 can give as feedback (zxcvbn/feedback.py), for translators.</extracomment>
        <translation>Verwenden Sie ein paar Wörter, vermeiden Sie gängige Redewendungen.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="38"/>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Sonderzeichen, Ziffern oder Großbuchstaben sind nicht nötig.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="39"/>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Fügen Sie ein oder zwei Wörter hinzu. Ungewöhnliche Wörter sind besser.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="40"/>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Gerade Tastenreihen sind leicht zu erraten.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="41"/>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Kurze Tastaturmuster sind leicht zu erraten.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="42"/>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Verwenden Sie ein längeres Tastaturmuster mit mehr Richtungswechseln.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="43"/>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Wiederholungen wie „aaa“ sind leicht zu erraten.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="44"/>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Wiederholungen wie „abcabcabc“ sind nur wenig schwerer zu erraten als „abc“.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="47"/>
        <source>Avoid repeated words and characters.</source>
        <translation>Vermeiden Sie wiederholte Wörter und Zeichen.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="48"/>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Folgen wie „abc“ oder „6543“ sind leicht zu erraten.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="49"/>
        <source>Avoid sequences.</source>
        <translation>Vermeiden Sie Folgen.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="50"/>
        <source>Recent years are easy to guess.</source>
        <translation>Jüngere Jahreszahlen sind leicht zu erraten.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="51"/>
        <source>Avoid recent years.</source>
        <translation>Vermeiden Sie jüngere Jahreszahlen.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="52"/>
        <source>Avoid years that are associated with you.</source>
        <translation>Vermeiden Sie Jahreszahlen, die mit Ihnen zu tun haben.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="53"/>
        <source>Dates are often easy to guess.</source>
        <translation>Daten sind oft leicht zu erraten.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="54"/>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Vermeiden Sie Daten und Jahreszahlen, die mit Ihnen zu tun haben.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="55"/>
        <source>This is a top-10 common password.</source>
        <translation>Das ist eines der 10 häufigsten Passwörter.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="56"/>
        <source>This is a top-100 common password.</source>
        <translation>Das ist eines der 100 häufigsten Passwörter.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="57"/>
        <source>This is a very common password.</source>
        <translation>Das ist ein sehr häufiges Passwort.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="58"/>
        <source>This is similar to a commonly used password.</source>
        <translation>Das ähnelt einem häufig verwendeten Passwort.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="59"/>
        <source>A word by itself is easy to guess.</source>
        <translation>Ein einzelnes Wort ist leicht zu erraten.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="60"/>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Vor- und Nachnamen allein sind leicht zu erraten.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="61"/>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Häufige Vor- und Nachnamen sind leicht zu erraten.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="62"/>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Großschreibung hilft nicht viel.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="63"/>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Nur Großbuchstaben sind fast so leicht zu erraten wie nur Kleinbuchstaben.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="64"/>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Rückwärts geschriebene Wörter sind kaum schwerer zu erraten.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="65"/>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Vorhersehbare Ersetzungen wie „@“ statt „a“ helfen nicht viel.</translation>
    </message>
</context>
</TS>
