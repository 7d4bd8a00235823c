<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../ui/backup_ui.py" line="172"/>
        <source>Backup folder</source>
        <extracomment>The user chose a backup and its key checks out: (backup path, key).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="174"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="175"/>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="183"/>
        <source>Number of backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="184"/>
        <source> newest backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="187"/>
        <source>Backups are encrypted copies of the journal: the passphrase in use when each was made opens it. A backup is made automatically once a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="193"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="205"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="207"/>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="210"/>
        <source>Replace the journal with the selected backup (the current journal is kept as a backup first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="220"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="223"/>
        <source>&amp;Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="278"/>
        <source>Restore the backup of {when}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="280"/>
        <source>The journal is closed and replaced by this backup; changes made since then are set aside as a backup of the current journal, not lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="330"/>
        <source>Daily backup written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="332"/>
        <source>The daily backup failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="401"/>
        <source>New &amp;reflection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="404"/>
        <source>New &amp;session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="411"/>
        <source>New {kind}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="415"/>
        <source>&amp;Open journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="417"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="418"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="420"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421"/>
        <source>&amp;About MentorJournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>MentorJournal &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="428"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="431"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="439"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="441"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="442"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="444"/>
        <source>Quick &amp;check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="446"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="447"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="448"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="449"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="451"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="454"/>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="457"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="459"/>
        <source>Move the selected record to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="461"/>
        <source>&amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="522"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="525"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="531"/>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1016"/>
        <source>Open the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1016"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1018"/>
        <source>Undo a delete (in a list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1023"/>
        <source>From the search field to the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1023"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1024"/>
        <source>Next field, previous field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1024"/>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1025"/>
        <source>A menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1025"/>
        <source>Alt + its underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/strength.py" line="111"/>
        <source>strength</source>
        <comment>Choose a passphrase: several unrelated words are easy to remember and hard to guess.</comment>
        <extracomment>zxcvbn keeps the words of the last call in a module global: one estimate at a time.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="115"/>
        <source>strength</source>
        <comment>Weak.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="116"/>
        <source>strength</source>
        <comment>Fair.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="117"/>
        <source>strength</source>
        <comment>Good.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="118"/>
        <source>strength</source>
        <comment>Strong.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/strength.py" line="127"/>
        <source>strength</source>
        <comment>A forgotten passphrase can only be replaced with the recovery key.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionItemsField</name>
    <message>
        <location filename="../../ui/editors/actions.py" line="49"/>
        <location filename="../../ui/editors/actions.py" line="87"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/actions.py" line="70"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/actions.py" line="85"/>
        <source>Action items of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/actions.py" line="87"/>
        <location filename="../../ui/editors/actions.py" line="150"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/actions.py" line="87"/>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/actions.py" line="87"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/actions.py" line="106"/>
        <source>&amp;Add action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/actions.py" line="107"/>
        <source>Add an action item to this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/actions.py" line="112"/>
        <source>Arrows move between cells; type or F2 to change one, Enter to keep it; Space ticks Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/actions.py" line="119"/>
        <source>Problem with an action item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AfterSessionDialog</name>
    <message>
        <location filename="../../ui/after_session.py" line="48"/>
        <source>I was the mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="49"/>
        <source>I was the mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="67"/>
        <location filename="../../ui/after_session.py" line="151"/>
        <source>After the session with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="71"/>
        <source>When the session was held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="74"/>
        <source>My role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="79"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="84"/>
        <source>Confidence before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="85"/>
        <source>Confidence after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="86"/>
        <source>Motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="90"/>
        <source>Session notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="93"/>
        <source>Takeaways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="94"/>
        <source>What will you take away from this session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="100"/>
        <source>Agenda lines: tick the ones that became action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="111"/>
        <source>&amp;Add action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="120"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="121"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="122"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="123"/>
        <source>Confidence &amp;before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="124"/>
        <source>Confi&amp;dence after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="125"/>
        <source>&amp;Motivation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="127"/>
        <source>&amp;Notes — the agenda, ready to turn into what you talked about:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="130"/>
        <source>&amp;Takeaways:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="133"/>
        <source>Action &amp;items: tick the agenda lines that became action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="139"/>
        <source>&amp;Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="193"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="194"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="195"/>
        <source>Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="199"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_session.py" line="203"/>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="75"/>
        <source>The new key could not be remembered on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="114"/>
        <source>The current passphrase is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="133"/>
        <location filename="../../ui/passphrase_dialog.py" line="166"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="139"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="140"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="141"/>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="146"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="149"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="153"/>
        <source>The journal is re-encrypted under the new passphrase. A backup is made first; if anything interrupts the change, the journal still opens with the old or the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="161"/>
        <source>Progress of the passphrase change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="171"/>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="172"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="173"/>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="196"/>
        <source>The two new passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="198"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="268"/>
        <source>Your passphrase is changed. Show a new recovery key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="269"/>
        <source>The old recovery key no longer opens the journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../ui/insights/chart_base.py" line="148"/>
        <source>Show as table</source>
        <extracomment>Short name used in suggested file names.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/chart_base.py" line="149"/>
        <source>Show the numbers of %s as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/chart_base.py" line="154"/>
        <source>Save image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/chart_base.py" line="155"/>
        <source>Save the %s chart as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/chart_base.py" line="159"/>
        <source>Export data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/chart_base.py" line="160"/>
        <source>Export the numbers of %s as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/chart_base.py" line="272"/>
        <source>Save %s as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/chart_base.py" line="274"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/chart_base.py" line="282"/>
        <source>Export the data of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/chart_base.py" line="284"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/chart_base.py" line="296"/>
        <source>Could not write %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/chart_base.py" line="297"/>
        <source>The file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../../ui/checkin.py" line="44"/>
        <source>Quick check-in — MentorJournal</source>
        <extracomment>The main window&apos;s shortcut for the quick check-in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="46"/>
        <source>&lt;b&gt;How are you today?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="47"/>
        <source>Type a number for each (1–10; 1 then 0 is 10), Tab between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="50"/>
        <location filename="../../ui/checkin.py" line="93"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="51"/>
        <location filename="../../ui/checkin.py" line="93"/>
        <source>Motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="53"/>
        <source>One line about today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="54"/>
        <source>One line about today (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="57"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="64"/>
        <source>&amp;Confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="65"/>
        <source>&amp;Motivation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="66"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="89"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../ui/app.py" line="305"/>
        <source>Backup written.</source>
        <extracomment>Screen lock and sleep (made with the window, on the real buses, unless given).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="345"/>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="346"/>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="352"/>
        <source>The backup was not restored; the journal is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="365"/>
        <source>The restored journal did not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="374"/>
        <source>The backup is restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="375"/>
        <source>The journal as it was before is kept among the backups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/editors/fields.py" line="287"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/fields.py" line="299"/>
        <source>Pick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/fields.py" line="301"/>
        <source>{field}: pick from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/fields.py" line="308"/>
        <source>Pick from a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_views.py" line="298"/>
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_views.py" line="307"/>
        <source>Pick a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_views.py" line="329"/>
        <source>A date as YYYY-MM-DD, e.g. {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueDelegate</name>
    <message>
        <location filename="../../ui/editors/actions.py" line="69"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../ui/goals_page.py" line="37"/>
        <source>Active goals</source>
        <extracomment>The goals shown; achieved and dropped ones are the archive, one choice away.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="38"/>
        <source>Achieved goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="39"/>
        <source>Dropped goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="40"/>
        <source>All goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="42"/>
        <source>No goals or open action items here. Goals give your sessions a direction: add one with a target date, then agree action items in your sessions to move it forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="47"/>
        <source>Nothing matches: try &quot;All goals&quot; or tick &quot;Show done action items&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="67"/>
        <source>Which goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="70"/>
        <source>Show &amp;done action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="72"/>
        <source>Overdue action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="82"/>
        <source>New goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="83"/>
        <source>New action item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="86"/>
        <source>Selected goal or action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="93"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="103"/>
        <source>Tick an action item to mark it done; untick to reopen it. Double-click a goal or an item to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="111"/>
        <source>&lt;h2&gt;Goals &amp;amp; actions&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="139"/>
        <source>Mark as &amp;open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="139"/>
        <source>Mark as &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/goals_page.py" line="205"/>
        <source>Overdue: %n action item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/goals_page.py" line="207"/>
        <source>No overdue action items.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../ui/help.py" line="63"/>
        <source>MentorJournal guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="67"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="69"/>
        <source>Guide topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="88"/>
        <source>The guide is not installed with this copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapChart</name>
    <message>
        <location filename="../../ui/insights/heatmap_chart.py" line="30"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/heatmap_chart.py" line="31"/>
        <source>Motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/heatmap_chart.py" line="32"/>
        <source>Colour the days by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/heatmap_chart.py" line="34"/>
        <source>Colour &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../ui/insights/view.py" line="62"/>
        <source>since the first record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="63"/>
        <source>the last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="64"/>
        <source>the last 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="65"/>
        <source>the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="66"/>
        <source>the dates chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="68"/>
        <source>&lt;h3&gt;Your insights will appear here&lt;/h3&gt;&lt;p&gt;Charts grow out of what you record: rate your confidence and motivation on a reflection (Ctrl+N) or a session (Ctrl+Shift+N), rate a skill now and then, set a goal with action items.&lt;/p&gt;&lt;p&gt;After a few entries you will see your lines start to move.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="103"/>
        <source>Show insights for</source>
        <extracomment>Per person, what was computed from the journal as it is now (``reload`` forgets it): the snapshot, &quot;on this day&quot;, and the tags of the readings loaded (by their count).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="109"/>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="120"/>
        <source>Range: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="128"/>
        <source>Custom range from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="129"/>
        <source>Custom range to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="141"/>
        <source>Range shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="149"/>
        <source>Pro&amp;gress report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="151"/>
        <source>A PDF or Markdown report of this period and person, for a review or a mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="215"/>
        <source>No insights yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="322"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="458"/>
        <source>Wrote the progress report to %s%s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="459"/>
        <source>The report is not encrypted: keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>Sections</source>
        <extracomment>Menu requests the controller handles (Settings, backups, export/import). View ▸ Theme chose a theme (already applied and saved); the controller may follow.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290"/>
        <source>No sessions yet. Record the sessions you have with a mentor or a mentee: what you talked about, what you take away, how confident you feel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <location filename="../../ui/main_window.py" line="295"/>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Goals &amp; actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>Session prep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>Trash</source>
        <extracomment>The sections in the navigation: the eight above (Ctrl+1 … Ctrl+8), then the trash.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>MentorJournal journals (*.mjournal);;All files (*)</source>
        <extracomment>File ▸ New: every kind of record, in the order a user meets them. How long the &quot;Deleted … Undo&quot; bar stays (Edit ▸ Undo still works after it hides).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299"/>
        <source>No reflections yet. Write down what happened, what you noticed and what changed in your thinking (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="375"/>
        <source>The journal is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="377"/>
        <source>Its contents are closed and cleared from the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381"/>
        <source>Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="536"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="537"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="538"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="539"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="559"/>
        <source>No other journals yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="569"/>
        <source>{name} — MentorJournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="632"/>
        <source>Locked — MentorJournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="648"/>
        <source>Open a journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="714"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="716"/>
        <source>&amp;Undo delete of “{what}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="778"/>
        <source>Going to the trash with it: {records}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="784"/>
        <source>Staying, without the link to it: {records}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="788"/>
        <source>You can restore it all from the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="844"/>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="846"/>
        <source>, with {records}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="847"/>
        <source>. It is in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="858"/>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="860"/>
        <source>Restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="965"/>
        <source>Restored {n} unsaved entries from before the journal was locked or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="969"/>
        <source>Restored 1 unsaved entry from before the journal was locked or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="979"/>
        <source>About MentorJournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="983"/>
        <source>An encrypted, offline journal of mentoring: sessions, reflections, goals and skills, kept in one file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1012"/>
        <source>Show {section}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../ui/editors/markdown_editor.py" line="52"/>
        <source>{field}: preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/markdown_editor.py" line="56"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/markdown_editor.py" line="59"/>
        <source>Show or hide the rendered preview (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/markdown_editor.py" line="60"/>
        <source>{field}: show preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/markdown_editor.py" line="86"/>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/markdown_editor.py" line="89"/>
        <source>**bold**, *italic*, # heading, - list, [link](https://…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodChart</name>
    <message>
        <location filename="../../ui/insights/mood_chart.py" line="48"/>
        <source>Ratings given as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/mood_chart.py" line="50"/>
        <source>&amp;Given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/mood_chart.py" line="54"/>
        <source>%d-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/mood_chart.py" line="56"/>
        <source>Rolling average window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/mood_chart.py" line="58"/>
        <source>&amp;Line:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="358"/>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="371"/>
        <source>A new recovery key replaces the old one: the journal is re-encrypted (a backup is made first) and the old key stops opening it. Backups made before still open with the old key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="377"/>
        <source>The journal has no recovery key yet. Type the passphrase to see one; store it away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="382"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="385"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="388"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="392"/>
        <source>Current &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="408"/>
        <source>Make a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="408"/>
        <source>Show the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="431"/>
        <source>Type the journal&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="488"/>
        <source>I have stored it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="502"/>
        <source>Close without confirming the recovery key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="503"/>
        <source>If it is not stored anywhere, make a new one later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="88"/>
        <source>Overview: then and now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="106"/>
        <source>On this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="117"/>
        <source>Rate your skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="120"/>
        <source>&amp;Rate skills…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="122"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="202"/>
        <source>… and %d more skills below (Skill growth at a glance).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatternsPanel</name>
    <message>
        <location filename="../../ui/insights/patterns_panel.py" line="15"/>
        <source>Shown only where both sides have at least {n} days with a rating. A day&apos;s value is its mean rating. These are associations in your own entries, not causes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/patterns_panel.py" line="44"/>
        <source>Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/patterns_panel.py" line="47"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/patterns_panel.py" line="48"/>
        <source>Motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/patterns_panel.py" line="49"/>
        <source>Patterns of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/patterns_panel.py" line="50"/>
        <source>&amp;Of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/patterns_panel.py" line="64"/>
        <source>Patterns found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/patterns_panel.py" line="96"/>
        <source>Not enough data for a pattern yet in this range ({days} days with a rating).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../ui/people_page.py" line="152"/>
        <source>Show en&amp;ded relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="154"/>
        <source>People whose relationship ended are kept, out of the everyday list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="167"/>
        <source>New person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="163"/>
        <location filename="../../ui/people_page.py" line="181"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="29"/>
        <source>No people yet. The mentors, mentees and contacts you record sessions with will be listed here, each with the full history of your relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="34"/>
        <source>&lt;p&gt;Choose a person on the left to see your history together.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="169"/>
        <source>Selected person: history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="201"/>
        <source>{n} ended, not shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrepPage</name>
    <message>
        <location filename="../../ui/prep_page.py" line="57"/>
        <source>&lt;h3&gt;No mentors or mentees yet&lt;/h3&gt;&lt;p&gt;Session prep gathers everything about one relationship: the last session, open action items, goals and skill ratings, and drafts an agenda. Add a person as &lt;i&gt;my mentor&lt;/i&gt; or &lt;i&gt;my mentee&lt;/i&gt; to prepare your first session.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="115"/>
        <source>Prepare a session with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="120"/>
        <source>&amp;Prepare for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="122"/>
        <source>Pr&amp;int…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="123"/>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="124"/>
        <source>Export &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="125"/>
        <source>&amp;After the session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="127"/>
        <source>Record the session from this agenda and create its action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="129"/>
        <source>Re&amp;build agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="131"/>
        <source>Replace the agenda with a fresh draft from the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="135"/>
        <source>Last session: notes and takeaways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="138"/>
        <source>My open action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="140"/>
        <source>Their open action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="142"/>
        <source>Nothing open on your side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="143"/>
        <source>Nothing open on their side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="149"/>
        <location filename="../../ui/prep_page.py" line="316"/>
        <source>No active goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="154"/>
        <source>Recent skill ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="157"/>
        <source>No skill ratings in the last 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="161"/>
        <source>Draft agenda (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="162"/>
        <source>Write what you want to talk about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="222"/>
        <source>&lt;h2&gt;Session prep&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="255"/>
        <source>Rated {value}/10 on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="315"/>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="366"/>
        <source>Theirs ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="368"/>
        <source>No active goals linked to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/prep_page.py" line="387"/>
        <source>%n open item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/prep_page.py" line="389"/>
        <source>%n active goal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="398"/>
        <source>Discard your changes to the agenda?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="399"/>
        <source>Choosing another person drafts a new agenda for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="430"/>
        <source>Replace your agenda with a fresh draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="431"/>
        <source>Your changes to it will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/prep_page.py" line="467"/>
        <source>Could not write {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../../ui/skills_page.py" line="95"/>
        <source>Rate %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="97"/>
        <location filename="../../ui/skills_page.py" line="150"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="98"/>
        <source>Rating from 1 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="99"/>
        <source>Rated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="102"/>
        <source>Source of the rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="106"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="107"/>
        <source>What makes it this number today? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="111"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="117"/>
        <source>&amp;Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="118"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="119"/>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="120"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="143"/>
        <source>Choose a rating from 1 to 10 (type a number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="150"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateSkillsDialog</name>
    <message>
        <location filename="../../ui/insights/rate_dialog.py" line="42"/>
        <source>Rate your skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/rate_dialog.py" line="46"/>
        <source>Where do you stand today, from 1 (just starting) to 10 (could teach it)? Leave a skill at “–” to skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/rate_dialog.py" line="61"/>
        <source>Rating of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/rate_dialog.py" line="63"/>
        <source>(first rating)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/rate_dialog.py" line="65"/>
        <source>(last %d on %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/rate_dialog.py" line="73"/>
        <source>Ask me to re-rate every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/rate_dialog.py" line="75"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/rate_dialog.py" line="75"/>
        <source>%d months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/rate_dialog.py" line="77"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/rate_dialog.py" line="81"/>
        <source>Ask again &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/rate_dialog.py" line="110"/>
        <source>The ratings could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingField</name>
    <message>
        <location filename="../../ui/editors/fields.py" line="108"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/fields.py" line="110"/>
        <source>%s: clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/fields.py" line="111"/>
        <source>No rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/fields.py" line="146"/>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/fields.py" line="146"/>
        <source>%d of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/fields.py" line="154"/>
        <source>Ratings run from 1 to 10: type 1 then 0 for 10.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <location filename="../../ui/reading.py" line="132"/>
        <source>Sessions</source>
        <extracomment>Linked records listed under a record, at most this many per kind of link. Headings of the lists of records linking to one, by &quot;kind.field&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="133"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="134"/>
        <location filename="../../ui/reading.py" line="141"/>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="135"/>
        <source>Introduced to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="136"/>
        <source>Reflections on this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="137"/>
        <source>Skill ratings given in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="138"/>
        <source>Action items agreed in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="139"/>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="140"/>
        <location filename="../../ui/reading.py" line="142"/>
        <source>Wins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../ui/editors/editor.py" line="126"/>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="132"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="134"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="135"/>
        <source>Save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="137"/>
        <source>Save now (Ctrl+S); changes are also saved as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="140"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="142"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="143"/>
        <source>Close (Esc); changes are saved first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="167"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="219"/>
        <location filename="../../ui/editors/editor.py" line="310"/>
        <source>New — saved automatically as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="221"/>
        <source>Changes are saved automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="236"/>
        <source>Restored input not saved yet (kept {time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="259"/>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="304"/>
        <source>Not saved: the journal is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="323"/>
        <source>Not saved yet — see the message above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="323"/>
        <location filename="../../ui/editors/editor.py" line="329"/>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="338"/>
        <source>Saved at %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="395"/>
        <source>Delete this {kind}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="396"/>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/editors/form.py" line="84"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/form.py" line="110"/>
        <source>Texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/form.py" line="271"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/form.py" line="272"/>
        <source>{field}: add a new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/form.py" line="273"/>
        <source>Add a person to the journal by name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../ui/pages.py" line="172"/>
        <source>New {kind}…</source>
        <extracomment>A name or organisation column is at most this many average characters wide (it elides, with the whole text as its tooltip), so titles keep their room at any scale.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="175"/>
        <source>Nothing here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="177"/>
        <source>{title}: selected record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="294"/>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="301"/>
        <source>I have stored it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="321"/>
        <source>Close without confirming the recovery key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="323"/>
        <source>The old recovery key no longer opens the journal. If this one is not stored anywhere, make a new one in Settings ▸ Security.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <location filename="../../ui/recovery_key.py" line="75"/>
        <source>This key opens the journal if you forget the passphrase. It is shown only now: save it, print it or store it in a password manager, away from this computer. Anyone who has it can open the journal.</source>
        <extracomment>Read-alike characters, as the core reads a typed key (crypto.key_from_recovery).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="83"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="86"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="88"/>
        <source>Copies the key; it is cleared from the clipboard after a short while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="91"/>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="93"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="96"/>
        <source>To confirm you have stored it, type the key&apos;s last group (5 characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="100"/>
        <source>Last group of the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="107"/>
        <source>Recovery key status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="161"/>
        <source>Confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="172"/>
        <source>That is not the key&apos;s last group. Look at the end of the key above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="174"/>
        <source>Type the key&apos;s last group to confirm you have stored it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recovery_key.py" line="187"/>
        <source>Copied. The clipboard is cleared in %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="189"/>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="194"/>
        <source>MentorJournal recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="198"/>
        <source>Journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="203"/>
        <source>It opens the journal if the passphrase is forgotten (Unlock ▸ Use recovery key). Keep it away from the computer; anyone who has it can open the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="216"/>
        <source>Save the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="218"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="225"/>
        <source>The recovery key was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="229"/>
        <source>Saved to %1. Move it off this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="239"/>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="254"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="32"/>
        <source>The report is not encrypted: keep it safe, and share it only on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="48"/>
        <location filename="../../ui/insights/report_dialog.py" line="144"/>
        <source>Progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="52"/>
        <source>Report from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="53"/>
        <source>Report to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="61"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="62"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="63"/>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="63"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="65"/>
        <source>Reflections to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="66"/>
        <source>Include the &amp;text of the ticked reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="68"/>
        <source>Off: only their titles and dates (private text stays out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="73"/>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="74"/>
        <source>Save as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="82"/>
        <source>Tick the &amp;reflections to include:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="130"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="130"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="131"/>
        <source>Save the progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="144"/>
        <source>Writing %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="147"/>
        <source>The report was not written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../ui/pages.py" line="277"/>
        <source>Search the journal: words, or the start of a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="278"/>
        <source>Search the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="288"/>
        <source>Find records of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="289"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="293"/>
        <source>Find records of person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="294"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="299"/>
        <source>Found from date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="300"/>
        <source>Found up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="310"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="311"/>
        <source>Matching text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="325"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="327"/>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="328"/>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="329"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="437"/>
        <source>No matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="439"/>
        <source>{n} best matches (Enter opens the selected one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="441"/>
        <source>{n} matches (Enter opens the selected one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="443"/>
        <source>1 match (Enter opens it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="479"/>
        <source>Match:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionWatcher</name>
    <message>
        <location filename="../../ui/session_lock.py" line="184"/>
        <source>Locking the journal before the computer sleeps</source>
        <extracomment>(service, path, interface, signal): the screen lockers&apos; &quot;the screen is now locked/unlocked&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="112"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="125"/>
        <source>Settings sections</source>
        <extracomment>Set when the user asked to restore a backup: (backup path, key). True once an import added or changed records (the window reloads).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="126"/>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="127"/>
        <source>&amp;Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="132"/>
        <source>&amp;Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="133"/>
        <source>&amp;Export &amp;&amp; import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="153"/>
        <source> minutes idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="154"/>
        <location filename="../../ui/settings_dialog.py" line="161"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="155"/>
        <source>Lock after idle minutes (0 for never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="160"/>
        <source> seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="163"/>
        <source>Clear copied text after seconds (0 for never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="166"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="172"/>
        <source>&amp;Lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="180"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="181"/>
        <source>&amp;Clear copied text after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="186"/>
        <source>Text copied from the journal leaves the clipboard after this time (if nothing else was copied since) and when the journal locks. Clipboard managers that honour it are told to keep no copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="200"/>
        <source>&amp;Remember the key on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="201"/>
        <source>Remember the key on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="215"/>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="219"/>
        <source>&amp;Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="221"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="230"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="233"/>
        <source>Recovery key state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="250"/>
        <source>This journal has a recovery key: it opens the journal if the passphrase is forgotten. Lost it, or someone else may have seen it? Make a new one; the old one then stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="255"/>
        <source>Make a &amp;new recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="259"/>
        <source>This journal has no recovery key: if the passphrase is forgotten, nobody can open it. Make one and store it away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="263"/>
        <source>Make a recovery &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="269"/>
        <source>Not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="275"/>
        <source>Exports are not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="276"/>
        <source>Export as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="278"/>
        <source>Everything, in a file MentorJournal can import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="281"/>
        <source>Export as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="283"/>
        <source>Everything, as one readable Markdown document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="290"/>
        <source>&amp;Import from JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="295"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="299"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="343"/>
        <source>The keychain was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="353"/>
        <source>The passphrase is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="355"/>
        <source>Use the new passphrase from now on. Backups made before keep the old one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/help.py" line="109"/>
        <location filename="../../ui/help.py" line="111"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="112"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="112"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillsChart</name>
    <message>
        <location filename="../../ui/insights/skills_chart.py" line="130"/>
        <source>Skill to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/skills_chart.py" line="138"/>
        <source>Growth since the first rating, per skill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillsPage</name>
    <message>
        <location filename="../../ui/skills_page.py" line="54"/>
        <source>No skills yet. Keep a list of the skills you are building and rate each one from time to time (1–10) to see it grow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="216"/>
        <source>Sho&amp;w retired skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="222"/>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="229"/>
        <source>New skill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="231"/>
        <source>Selected skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="232"/>
        <location filename="../../ui/skills_page.py" line="282"/>
        <location filename="../../ui/skills_page.py" line="296"/>
        <source>Re&amp;tire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="234"/>
        <source>Keep the skill and its ratings, out of the everyday list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="238"/>
        <location filename="../../ui/skills_page.py" line="295"/>
        <source>&amp;Rate now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="239"/>
        <source>Rate the selected skill now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="241"/>
        <source>E&amp;dit skill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="242"/>
        <source>Edit the selected skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="245"/>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="247"/>
        <source>&lt;h2&gt;Skills&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="282"/>
        <location filename="../../ui/skills_page.py" line="296"/>
        <source>Bring &amp;back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="313"/>
        <source>{name} is back in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="315"/>
        <source>{name} is retired: tick “Show retired skills” to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/skills_page.py" line="399"/>
        <source>Saved a rating of %d/10 on %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../ui/start_dialog.py" line="206"/>
        <source>Working</source>
        <extracomment>After a wrong passphrase, the newest backups tried with it (is the file damaged instead?). A background step (key derivation, demo generation, re-key) ended, either way. A journal already open, waiting for the recovery key to be confirmed. A journal opened with the recovery key, waiting for its new passphrase. The backup the typed passphrase opened (the journal file itself is damaged).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="235"/>
        <source>A private, encrypted journal of your mentoring: sessions, reflections, goals and skills. It stays on this computer, in one file protected by your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="239"/>
        <source>&amp;Create a new journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="240"/>
        <source>&amp;Open a journal file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="241"/>
        <source>Explore the &amp;demo journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="243"/>
        <source>Sample data in a temporary folder, so every screen has something to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="248"/>
        <source>&amp;Recent journals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="250"/>
        <source>Recent journals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="274"/>
        <source>Journal file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="275"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="280"/>
        <location filename="../../ui/start_dialog.py" line="422"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="281"/>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="283"/>
        <location filename="../../ui/start_dialog.py" line="425"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="285"/>
        <source>Also create a recovery &amp;key (shown once, for you to store safely)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="290"/>
        <source>Without a recovery key, a forgotten passphrase means the journal cannot be opened by anyone, ever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="294"/>
        <location filename="../../ui/start_dialog.py" line="426"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="295"/>
        <source>Create &amp;journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="297"/>
        <location filename="../../ui/start_dialog.py" line="393"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="300"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="301"/>
        <location filename="../../ui/start_dialog.py" line="356"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="302"/>
        <location filename="../../ui/start_dialog.py" line="434"/>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="328"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="329"/>
        <source>Re&amp;member on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="330"/>
        <source>Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="336"/>
        <source>Unlock problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="337"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="339"/>
        <source>&amp;Other journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="341"/>
        <source>Use recovery &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="343"/>
        <source>Forgot the passphrase? Open the journal with its recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="346"/>
        <source>Restore from a &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="349"/>
        <source>Replace this journal with one of its backups (the journal as it is now is kept among the backups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="380"/>
        <source>Type the recovery key you stored when the journal was made (or last given a new key). Dashes and spaces do not matter. Then choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="386"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="388"/>
        <source>XXXXX-XXXXX-XXXXX-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="390"/>
        <source>Recovery key problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="391"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="396"/>
        <source>Recovery &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="416"/>
        <source>The recovery key opened the journal. Choose a new passphrase: the journal is re-encrypted under it (a backup is made first; if anything interrupts the change, the journal still opens with the recovery key). You then get a new recovery key: the one you used stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="423"/>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="427"/>
        <source>&amp;Set passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="429"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="430"/>
        <source>Close the journal unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="433"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="457"/>
        <source>I have stored it — co&amp;ntinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="522"/>
        <location filename="../../ui/start_dialog.py" line="556"/>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="532"/>
        <source>Demo journal. Its passphrase is &lt;b&gt;%1&lt;/b&gt; (already filled in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="578"/>
        <source>Keeps the journal&apos;s key (not the passphrase) in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="589"/>
        <source>Not needed: the key is remembered on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="597"/>
        <source>Open a journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="603"/>
        <source>Create a journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="677"/>
        <source>Type the journal&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="681"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="691"/>
        <source>Choose where to keep the journal file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="696"/>
        <location filename="../../ui/start_dialog.py" line="776"/>
        <source>Choose a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="701"/>
        <location filename="../../ui/start_dialog.py" line="781"/>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="703"/>
        <source>Type the passphrase a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="713"/>
        <source>A file already exists at {path}; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="719"/>
        <source>Creating the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="728"/>
        <source>Creating the demo journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="739"/>
        <source>Type the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="751"/>
        <source>This recovery key does not open this journal (a key is replaced whenever a new one is made or the passphrase is reset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="783"/>
        <source>Type the new passphrase a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="794"/>
        <source>Re-encrypting the journal under the new passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="908"/>
        <source>Wrong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="915"/>
        <source>The passphrase is right, but the journal file is damaged. Restore it from a backup (the damaged file is kept among the backups).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="924"/>
        <source>Checking the passphrase against the backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="941"/>
        <source>%1 — %2 (%3 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="950"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="952"/>
        <source>Backups of this journal, newest first. The backup opens with the passphrase it was made under; type that one above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="964"/>
        <source>Type the passphrase the backup was made with, then choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="976"/>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="1070"/>
        <source>Go on without confirming the recovery key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="1072"/>
        <source>The journal is ready. If the key is not stored anywhere, make a new one later in Settings ▸ Security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="1127"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsField</name>
    <message>
        <location filename="../../ui/editors/fields.py" line="244"/>
        <source>tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateBar</name>
    <message>
        <location filename="../../ui/editors/template_bar.py" line="46"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/template_bar.py" line="52"/>
        <source>Save as template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/template_bar.py" line="53"/>
        <source>Save the text as a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/template_bar.py" line="55"/>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/template_bar.py" line="67"/>
        <source>No template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/template_bar.py" line="72"/>
        <source>{name} (mine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/template_bar.py" line="83"/>
        <source>{name} (no longer available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/template_bar.py" line="110"/>
        <source>Replace the text you wrote with this template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/template_bar.py" line="111"/>
        <source>You can undo it with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../ui/timeline_page.py" line="46"/>
        <source>Nothing on the timeline up to today yet. Write a reflection (Ctrl+N) or record a session (Ctrl+Shift+N), and it will show up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="51"/>
        <source>No records match these filters. Try another kind, person or tag, or widen the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="55"/>
        <source>Nothing planned after today: no planned sessions, no action items due and no goal target dates ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="121"/>
        <source>&lt;h2&gt;Timeline&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="123"/>
        <source>Number of records shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="125"/>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="125"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="128"/>
        <source>Filter by person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="128"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="129"/>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="129"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="132"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="138"/>
        <source>&amp;Reset filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="139"/>
        <source>&amp;Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="143"/>
        <source>Show planned sessions, due action items and goal targets after today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="166"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="171"/>
        <source>New reflection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="172"/>
        <source>New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="185"/>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="189"/>
        <source>&lt;b&gt;Upcoming&lt;/b&gt; — after today, soonest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline_page.py" line="257"/>
        <source>%n record(s) up to {day}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../ui/trash_page.py" line="64"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="64"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="64"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="64"/>
        <source>With it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="68"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="72"/>
        <source>The trash is empty. What you delete waits here, inside the encrypted journal, until you restore it or delete it for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="76"/>
        <source>Deleted records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="77"/>
        <location filename="../../ui/trash_page.py" line="193"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="78"/>
        <source>Put it back as it was (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="79"/>
        <location filename="../../ui/trash_page.py" line="194"/>
        <source>&amp;Delete for good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="80"/>
        <source>E&amp;mpty trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="82"/>
        <source>Deleting for good removes the records from the journal file. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="90"/>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="125"/>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="127"/>
        <source>Several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="211"/>
        <source>Restored “{what}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="213"/>
        <source>Also restored what it needs: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="225"/>
        <source>Delete “{what}” for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="228"/>
        <source>{records} will be removed from the journal file. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="241"/>
        <source>Empty the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="244"/>
        <source>{n} deleted records will be removed from the journal file. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="262"/>
        <source>Deleting for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="263"/>
        <source>Removing the records and rewriting the journal file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="267"/>
        <source>Nothing was deleted for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="272"/>
        <source>Deleted for good: {records}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_page.py" line="274"/>
        <source>Kept, because other records need them: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>Undo</source>
        <extracomment>The menus, as lists of action names (``self.actions_by_name``); None: a separator; &quot;@name&quot;: a submenu. Add an action by name here and in ``_make_actions``. Shortcuts that work from every window of the app (editors and dialogs too).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>Put it back (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Show the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="143"/>
        <source>Something unexpected went wrong.</source>
        <extracomment>Imported just after the first dialog shows, so that unlocking finds them loaded.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="144"/>
        <source>Your journal is saved after every change. If this happens again, restart MentorJournal; the log has details for a bug report (no journal text).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backup_ui</name>
    <message>
        <location filename="../../ui/backup_ui.py" line="51"/>
        <source>Backed up by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="52"/>
        <source>Daily (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="53"/>
        <source>Before changing the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="54"/>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="55"/>
        <source>Current journal, before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="56"/>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="72"/>
        <source>{size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="83"/>
        <source>Folder for backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="94"/>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="95"/>
        <source>Writing an encrypted backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="101"/>
        <source>The backup was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="120"/>
        <location filename="../../ui/backup_ui.py" line="151"/>
        <source>This backup cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="144"/>
        <source>Checking the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="145"/>
        <source>Checking every page of the backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/checkin.py" line="122"/>
        <source>Check-in saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exchange_ui</name>
    <message>
        <location filename="../../ui/exchange_ui.py" line="38"/>
        <source>Exports are NOT encrypted: anyone who can read the file can read your journal. Keep it somewhere safe and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_ui.py" line="50"/>
        <source>Export the journal (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_ui.py" line="64"/>
        <source>Import a MentorJournal export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_ui.py" line="66"/>
        <source>MentorJournal JSON export (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_ui.py" line="98"/>
        <source>The export was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_ui.py" line="131"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_ui.py" line="138"/>
        <source>Import finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../ui/i18n.py" line="34"/>
        <source>System language</source>
        <extracomment>The Settings choices: value -&gt; label (the language&apos;s own name, not translated).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="58"/>
        <source>person</source>
        <extracomment>The eight kinds of record a user writes (tags come with sessions and reflections). Kinds that carry tags. Kinds on the timeline (every record kind but skills, which are undated). Kinds the full-text index holds, with their code in the index rowid. The field a record can be named by (besides its id and UUID), for the kinds that have one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="59"/>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="60"/>
        <source>reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="61"/>
        <source>skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="62"/>
        <source>skill rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="63"/>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="64"/>
        <source>action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="65"/>
        <source>win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="66"/>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="70"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="71"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="72"/>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="73"/>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="74"/>
        <source>Skill rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="75"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="76"/>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="77"/>
        <source>Win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="78"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="107"/>
        <source>My mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="108"/>
        <source>My mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="109"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="112"/>
        <source>My mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="113"/>
        <source>My mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="114"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="126"/>
        <source>as mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="127"/>
        <source>as mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="138"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="139"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="140"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="152"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="153"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="154"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="155"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="166"/>
        <location filename="../../mentorjournal/kinds.py" line="192"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="167"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="168"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="179"/>
        <source>No follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="180"/>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="181"/>
        <source>Followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="193"/>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="194"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="206"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="207"/>
        <source>Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="221"/>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="222"/>
        <source>Mentor feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="223"/>
        <source>Peer feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mentorjournal/kinds.py" line="224"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mood_chart</name>
    <message>
        <location filename="../../ui/insights/mood_chart.py" line="29"/>
        <source>As mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/mood_chart.py" line="30"/>
        <source>As mentor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>overview_panel</name>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="33"/>
        <source>Confidence as mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="34"/>
        <source>Motivation as mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="35"/>
        <source>Confidence as mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights/overview_panel.py" line="36"/>
        <source>Motivation as mentor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prep_export</name>
    <message>
        <location filename="../../ui/prep_export.py" line="146"/>
        <source>Session prep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/prep_export.py" line="172"/>
        <source>Print session prep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>specs</name>
    <message>
        <location filename="../../ui/editors/specs.py" line="31"/>
        <source>I am the mentee</source>
        <extracomment>The words for each choice value; anything missing is shown capitalised.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="32"/>
        <source>I am the mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="38"/>
        <source>Name</source>
        <extracomment>Field labels, by field name (then by kind where the same name means different things).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="39"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="40"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="41"/>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="42"/>
        <source>Introduced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="43"/>
        <source>Relationship since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="44"/>
        <source>Relationship ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="45"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="46"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="47"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="48"/>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="49"/>
        <source>My role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="50"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="51"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="52"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="53"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="54"/>
        <source>Takeaways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="55"/>
        <source>Confidence before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="56"/>
        <source>Confidence after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="57"/>
        <source>Motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="58"/>
        <source>Next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="59"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="60"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="61"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="62"/>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="63"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="64"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="65"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="66"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="67"/>
        <source>Target level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="68"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="69"/>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="70"/>
        <source>Rated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="71"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="72"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="73"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="74"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="75"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="76"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="77"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="78"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="79"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="80"/>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="81"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="142"/>
        <source>What happened, what you noticed, what changed in your thinking…</source>
        <extracomment>Fields shown, in order. Text fields listed in ``TEXTS`` become Markdown editors. Short fields shown below the text, in this order: a reflection is written first (title, text), then rated — Tab goes from the text straight to Confidence. Text fields edited as Markdown with a preview; other text fields are single lines. The field that names a record in window titles. Whole-number fields with a unit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="145"/>
        <source>Questions and topics to bring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="146"/>
        <source>What you talked about…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="147"/>
        <source>What you are taking away…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/specs.py" line="148"/>
        <source>What needs doing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <location filename="../../ui/theme.py" line="23"/>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="24"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="25"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>timeline_page</name>
    <message>
        <location filename="../../ui/timeline_page.py" line="61"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="62"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="63"/>
        <source>Goal target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../ui/workers.py" line="32"/>
        <source>Something unexpected went wrong; nothing was changed. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zxcvbn</name>
    <message>
        <location filename="../../ui/strength.py" line="37"/>
        <source>Use a few words, avoid common phrases.</source>
        <extracomment>zxcvbn refuses longer input (its default limit); the first 72 characters are rated instead, which never overrates a passphrase. Words that say nothing secret about this journal: zxcvbn counts them as known. The pause after the last keystroke before estimating. Every sentence zxcvbn 4.5 can give as feedback (zxcvbn/feedback.py), for translators.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="38"/>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="39"/>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="40"/>
        <source>Straight rows of keys are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="41"/>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="42"/>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="43"/>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="44"/>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="47"/>
        <source>Avoid repeated words and characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="48"/>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="49"/>
        <source>Avoid sequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="50"/>
        <source>Recent years are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="51"/>
        <source>Avoid recent years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="52"/>
        <source>Avoid years that are associated with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="53"/>
        <source>Dates are often easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="54"/>
        <source>Avoid dates and years that are associated with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="55"/>
        <source>This is a top-10 common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="56"/>
        <source>This is a top-100 common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="57"/>
        <source>This is a very common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="58"/>
        <source>This is similar to a commonly used password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="59"/>
        <source>A word by itself is easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="60"/>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="61"/>
        <source>Common names and surnames are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="62"/>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="63"/>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="64"/>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="65"/>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
