<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About CX Designer</source>
            <translation>Tietoja CX Designerista</translation>
        </message>
        <message>
            <source>Design customer journey maps, offline. Your maps stay on your computer.</source>
            <translation>Suunnittele asiakaspolkukarttoja ilman verkkoyhteyttä. Karttasi pysyvät omalla tietokoneellasi.</translation>
        </message>
        <message>
            <source>CX Designer version %1</source>
            <translation>CX Designer, versio %1</translation>
        </message>
        <message>
            <source>CX Designer</source>
            <translation>CX Designer</translation>
        </message>
        <message>
            <source>MIT licence.</source>
            <translation>MIT-lisenssi.</translation>
        </message>
        <message>
            <source>Font</source>
            <translation>Fontti</translation>
        </message>
        <message>
            <source>DejaVu Sans (regular and bold), bundled for the canvas and the PDF: Bitstream Vera licence with public domain changes by the DejaVu authors. The full text is on the Font licence tab.</source>
            <translation>DejaVu Sans (normaali ja lihavoitu) sisältyy sovellukseen karttaa ja PDF:ää varten: Bitstream Vera -lisenssi, DejaVu-tekijöiden muutokset ovat vapaasti käytettävissä (public domain). Koko teksti on Fontin lisenssi -välilehdellä.</translation>
        </message>
        <message>
            <source>Icons</source>
            <translation>Kuvakkeet</translation>
        </message>
        <message>
            <source>The application icon and the palette icons are drawn for CX Designer and share its MIT licence; other icons come from Qt.</source>
            <translation>Sovelluksen kuvake ja paletin kuvakkeet on piirretty CX Designeria varten, ja niihin sovelletaan sen MIT-lisenssiä; muut kuvakkeet tulevat Qt:sta.</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>Kirjastot</translation>
        </message>
        <message>
            <source>Qt %1 and PySide6 %2 (LGPL v3), ReportLab (BSD licence).</source>
            <translation>Qt %1 ja PySide6 %2 (LGPL v3), ReportLab (BSD-lisenssi).</translation>
        </message>
        <message>
            <source>Licences</source>
            <translation>Lisenssit</translation>
        </message>
        <message>
            <source>DejaVu font licence</source>
            <translation>DejaVu-fontin lisenssi</translation>
        </message>
        <message>
            <source>&amp;Licences</source>
            <translation>&amp;Lisenssit</translation>
        </message>
        <message>
            <source>&amp;Font Licence</source>
            <translation>&amp;Fontin lisenssi</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Tietoja &amp;Qt:sta</translation>
        </message>
    </context>
    <context>
        <name>ActionPanel</name>
        <message>
            <source>Action plan</source>
            <translation>Toimenpidesuunnitelma</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Toimenpide</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Missä</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>Ratkaisee</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Vastuuhenkilö</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioriteetti</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ei mitään</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Valmis</translation>
        </message>
        <message>
            <source>No improvements yet, and no cards with an owner, priority or status to plan.</source>
            <translation>Ei vielä kehitysideoita eikä kortteja, joilla on vastuuhenkilö, prioriteetti tai tila.</translation>
        </message>
        <message>
            <source>Actions: %1 · done: %2</source>
            <translation>Toimenpiteitä: %1 · valmiina: %2</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Avoin</translation>
        </message>
        <message>
            <source>&amp;Priority</source>
            <translation>&amp;Prioriteetti</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Tila</translation>
        </message>
        <message>
            <source>Show on the &amp;Map</source>
            <translation>Näytä &amp;kartalla</translation>
        </message>
    </context>
    <context>
        <name>Analysis</name>
        <message>
            <source>Pain point without improvement</source>
            <translation>Kipupiste ilman kehitysideaa</translation>
        </message>
        <message>
            <source>Touchpoint with empty lanes</source>
            <translation>Kohtaamishetki, jonka kaistoja ei ole täytetty</translation>
        </message>
        <message>
            <source>Moment of truth without metric</source>
            <translation>Totuuden hetki ilman mittaria</translation>
        </message>
        <message>
            <source>Emotion low point</source>
            <translation>Tunnekäyrän pohja</translation>
        </message>
        <message>
            <source>Channel switch</source>
            <translation>Kanavan vaihto</translation>
        </message>
        <message>
            <source>A moment of truth with no metric (NPS, CES or a metric card).</source>
            <translation>Totuuden hetki, jolla ei ole mittaria (NPS, CES tai mittarikortti).</translation>
        </message>
        <message>
            <source>No improvement addresses this pain point.</source>
            <translation>Mikään kehitysidea ei ratkaise tätä kipupistettä.</translation>
        </message>
        <message>
            <source>Nothing yet in: %1.</source>
            <translation>Vielä tyhjänä: %1.</translation>
        </message>
        <message>
            <source>The customer switches from %1 to %2.</source>
            <translation>Asiakas siirtyy kanavasta %1 kanavaan %2.</translation>
        </message>
        <message>
            <source>The journey's lowest emotion (%1).</source>
            <translation>Polun matalin tunne (%1).</translation>
        </message>
    </context>
    <context>
        <name>AnalysisPanel</name>
        <message>
            <source>Finding</source>
            <translation>Havainto</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Kohde</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Mitä</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Päivitä</translation>
        </message>
        <message numerus="yes">
            <source>%n finding(s)</source>
            <translation>
                <numerusform>%n havainto</numerusform>
                <numerusform>%n havaintoa</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Autosave</name>
        <message>
            <source>Autosave failed: %1</source>
            <translation>Automaattitallennus epäonnistui: %1</translation>
        </message>
        <message>
            <source>Cannot discard the autosave</source>
            <translation>Automaattitallennusta ei voi hylätä</translation>
        </message>
        <message>
            <source>Cannot look for unsaved work</source>
            <translation>Tallentamattomia töitä ei voi etsiä</translation>
        </message>
        <message>
            <source>Cannot recover the map</source>
            <translation>Karttaa ei voi palauttaa</translation>
        </message>
        <message>
            <source>Could not delete an old autosave: %1</source>
            <translation>Vanhaa automaattitallennusta ei voitu poistaa: %1</translation>
        </message>
        <message>
            <source>Damaged recovery file</source>
            <translation>Vioittunut palautustiedosto</translation>
        </message>
    </context>
    <context>
        <name>Canvas</name>
        <message>
            <source>New phase</source>
            <translation>Uusi vaihe</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Add phase</source>
            <translation>Lisää vaihe</translation>
        </message>
        <message>
            <source>Add touchpoint</source>
            <translation>Lisää kohtaamishetki</translation>
        </message>
        <message>
            <source>Add lane</source>
            <translation>Lisää kaista</translation>
        </message>
        <message>
            <source>Add card</source>
            <translation>Lisää kortti</translation>
        </message>
        <message>
            <source>Link cards</source>
            <translation>Yhdistä kortit</translation>
        </message>
        <message>
            <source>Delete card</source>
            <translation>Poista kortti</translation>
        </message>
        <message>
            <source>Delete touchpoint</source>
            <translation>Poista kohtaamishetki</translation>
        </message>
        <message>
            <source>Delete phase</source>
            <translation>Poista vaihe</translation>
        </message>
        <message>
            <source>Delete lane</source>
            <translation>Poista kaista</translation>
        </message>
        <message>
            <source>Move phase</source>
            <translation>Siirrä vaihe</translation>
        </message>
        <message>
            <source>Move touchpoint</source>
            <translation>Siirrä kohtaamishetki</translation>
        </message>
        <message>
            <source>Move lane</source>
            <translation>Siirrä kaista</translation>
        </message>
        <message>
            <source>Move card</source>
            <translation>Siirrä kortti</translation>
        </message>
        <message>
            <source>Paste card</source>
            <translation>Liitä kortti</translation>
        </message>
        <message>
            <source>Duplicate card</source>
            <translation>Monista kortti</translation>
        </message>
        <message>
            <source>Move %n cards</source>
            <translation>Siirrä %n korttia</translation>
        </message>
        <message>
            <source>Delete %n cards</source>
            <translation>Poista %n korttia</translation>
        </message>
        <message>
            <source>Paste %n cards</source>
            <translation>Liitä %n korttia</translation>
        </message>
        <message>
            <source>Duplicate %n cards</source>
            <translation>Monista %n korttia</translation>
        </message>
        <message>
            <source>Edit card text</source>
            <translation>Muokkaa kortin tekstiä</translation>
        </message>
        <message>
            <source>Edit card detail</source>
            <translation>Muokkaa kortin lisätietoa</translation>
        </message>
        <message>
            <source>Change card colour</source>
            <translation>Vaihda kortin väri</translation>
        </message>
        <message>
            <source>Set owner</source>
            <translation>Aseta vastuuhenkilö</translation>
        </message>
        <message>
            <source>Set priority</source>
            <translation>Aseta prioriteetti</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>Aseta tila</translation>
        </message>
        <message>
            <source>Rename phase</source>
            <translation>Nimeä vaihe uudelleen</translation>
        </message>
        <message>
            <source>Rename touchpoint</source>
            <translation>Nimeä kohtaamishetki uudelleen</translation>
        </message>
        <message>
            <source>Rename lane</source>
            <translation>Nimeä kaista uudelleen</translation>
        </message>
        <message>
            <source>Change channel</source>
            <translation>Vaihda kanava</translation>
        </message>
        <message>
            <source>Toggle moment of truth</source>
            <translation>Vaihda totuuden hetki</translation>
        </message>
        <message>
            <source>Set emotion</source>
            <translation>Aseta tunne</translation>
        </message>
        <message>
            <source>Change lane kind</source>
            <translation>Vaihda kaistan laji</translation>
        </message>
        <message>
            <source>Hide lane</source>
            <translation>Piilota kaista</translation>
        </message>
        <message>
            <source>Show lane</source>
            <translation>Näytä kaista</translation>
        </message>
        <message>
            <source>Add vote</source>
            <translation>Lisää ääni</translation>
        </message>
        <message>
            <source>Remove vote</source>
            <translation>Poista ääni</translation>
        </message>
        <message>
            <source>Set NPS answers</source>
            <translation>Aseta NPS-vastaukset</translation>
        </message>
        <message>
            <source>Set CES answers</source>
            <translation>Aseta CES-vastaukset</translation>
        </message>
        <message>
            <source>Create ideal state</source>
            <translation>Luo tavoitetila</translation>
        </message>
        <message>
            <source>Delete ideal state</source>
            <translation>Poista tavoitetila</translation>
        </message>
        <message>
            <source>Rename ideal state</source>
            <translation>Nimeä tavoitetila uudelleen</translation>
        </message>
        <message>
            <source>Import %n survey answers</source>
            <translation>Tuo %n kyselyvastausta</translation>
        </message>
        <message>
            <source>Link cards in flow</source>
            <translation>Yhdistä kortit kulkuun</translation>
        </message>
        <message>
            <source>Link improvement to pain point</source>
            <translation>Yhdistä kehitysidea kipupisteeseen</translation>
        </message>
        <message>
            <source>Unlink cards</source>
            <translation>Poista korttien yhteys</translation>
        </message>
        <message>
            <source>Edit persona name</source>
            <translation>Muokkaa persoonan nimeä</translation>
        </message>
        <message>
            <source>Edit persona quote</source>
            <translation>Muokkaa persoonan sitaattia</translation>
        </message>
        <message>
            <source>Edit persona description</source>
            <translation>Muokkaa persoonan kuvausta</translation>
        </message>
        <message>
            <source>Edit persona goals</source>
            <translation>Muokkaa persoonan tavoitteita</translation>
        </message>
        <message>
            <source>Edit persona needs</source>
            <translation>Muokkaa persoonan tarpeita</translation>
        </message>
        <message>
            <source>Edit persona frustrations</source>
            <translation>Muokkaa persoonan turhautumisia</translation>
        </message>
        <message>
            <source>Set persona photo</source>
            <translation>Aseta persoonan kuva</translation>
        </message>
        <message>
            <source>Remove persona photo</source>
            <translation>Poista persoonan kuva</translation>
        </message>
    </context>
    <context>
        <name>CompareExport</name>
        <message>
            <source>Cannot export this comparison</source>
            <translation>Vertailua ei voi viedä</translation>
        </message>
        <message>
            <source>The comparison PDF shows the current state and one ideal state. Choose the current state on one side.</source>
            <translation>Vertailu-PDF näyttää nykytilan ja yhden tavoitetilan. Valitse nykytila toiselle puolelle.</translation>
        </message>
    </context>
    <context>
        <name>CompareWindow</name>
        <message>
            <source>Compare States — CX Designer</source>
            <translation>Tilojen vertailu — CX Designer</translation>
        </message>
        <message>
            <source>State on the left</source>
            <translation>Vasemmanpuoleinen tila</translation>
        </message>
        <message>
            <source>State on the right</source>
            <translation>Oikeanpuoleinen tila</translation>
        </message>
        <message>
            <source>S&amp;wap</source>
            <translation>&amp;Vaihda puolet</translation>
        </message>
        <message>
            <source>&amp;Fit</source>
            <translation>&amp;Sovita</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>&amp;Lähennä</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Loi&amp;tonna</translation>
        </message>
        <message>
            <source>&amp;Export Comparison PDF…</source>
            <translation>Vie vertailu &amp;PDF:ksi…</translation>
        </message>
        <message>
            <source>&amp;Left:</source>
            <translation>V&amp;asen:</translation>
        </message>
        <message>
            <source>&amp;Right:</source>
            <translation>&amp;Oikea:</translation>
        </message>
        <message>
            <source>Left state</source>
            <translation>Vasen tila</translation>
        </message>
        <message>
            <source>Right state</source>
            <translation>Oikea tila</translation>
        </message>
        <message>
            <source>Current state</source>
            <translation>Nykytila</translation>
        </message>
        <message>
            <source>%1 — Current state</source>
            <translation>%1 — nykytila</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>From “%1” to “%2” — cards added: %3, removed: %4, changed: %5; emotion changes: %6</source>
            <translation>Tilasta ”%1” tilaan ”%2” — kortteja lisätty: %3, poistettu: %4, muutettu: %5; tunnemuutoksia: %6</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>Current state</source>
            <translation>Nykytila</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Nimetön</translation>
        </message>
    </context>
    <context>
        <name>EditOps</name>
        <message>
            <source>About CX Designer</source>
            <translation>Tietoja CX Designerista</translation>
        </message>
        <message>
            <source>CX Designer — design customer journey maps, offline. Your maps stay on your computer.</source>
            <translation>CX Designer — suunnittele asiakaspolkukarttoja ilman verkkoyhteyttä. Karttasi pysyvät omalla tietokoneellasi.</translation>
        </message>
        <message>
            <source>Delete Lane</source>
            <translation>Poista kaista</translation>
        </message>
        <message>
            <source>Delete Phase</source>
            <translation>Poista vaihe</translation>
        </message>
        <message>
            <source>Delete Touchpoint and Its Cards</source>
            <translation>Poista kohtaamishetki ja sen kortit</translation>
        </message>
        <message>
            <source>Delete Touchpoint, Keep Cards on Phase</source>
            <translation>Poista kohtaamishetki, säilytä kortit vaiheessa</translation>
        </message>
        <message>
            <source>Hide Lane</source>
            <translation>Piilota kaista</translation>
        </message>
        <message>
            <source>Move Down</source>
            <translation>Siirrä alas</translation>
        </message>
        <message>
            <source>Move Up</source>
            <translation>Siirrä ylös</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Nimeä uudelleen</translation>
        </message>
        <message>
            <source>Show Hidden Lane</source>
            <translation>Näytä piilotettu kaista</translation>
        </message>
    </context>
    <context>
        <name>ExportActions</name>
        <message>
            <source>Export P&amp;DF…</source>
            <translation>Vie P&amp;DF:ksi…</translation>
        </message>
        <message>
            <source>Export &amp;Image…</source>
            <translation>Vie &amp;kuvaksi…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Tul&amp;osta…</translation>
        </message>
        <message>
            <source>Untitled journey</source>
            <translation>Nimetön polku</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG-kuva (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>SVG-piirros (*.svg)</translation>
        </message>
        <message>
            <source>Export image</source>
            <translation>Vie kuvaksi</translation>
        </message>
        <message>
            <source>Cannot export the image</source>
            <translation>Kuvaa ei voi viedä</translation>
        </message>
        <message>
            <source>Could not export %1: %2</source>
            <translation>Vienti tiedostoon %1 epäonnistui: %2</translation>
        </message>
        <message>
            <source>Print journey map</source>
            <translation>Tulosta asiakaspolkukartta</translation>
        </message>
        <message>
            <source>Cannot print</source>
            <translation>Tulostus ei onnistu</translation>
        </message>
        <message>
            <source>Sent to the printer</source>
            <translation>Lähetetty tulostimelle</translation>
        </message>
        <message>
            <source>Exported %1</source>
            <translation>Viety: %1</translation>
        </message>
        <message>
            <source> — warning: %1</source>
            <translation> — varoitus: %1</translation>
        </message>
    </context>
    <context>
        <name>FileOps</name>
        <message>
            <source>CX Designer of %1 on %2 (process %3, since %4)</source>
            <translation>käyttäjän %1 CX Designer koneella %2 (prosessi %3, alkaen %4)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Peruuta</translation>
        </message>
        <message>
            <source>Cannot create the map</source>
            <translation>Karttaa ei voi luoda</translation>
        </message>
        <message>
            <source>Cannot open the map</source>
            <translation>Karttaa ei voi avata</translation>
        </message>
        <message>
            <source>Cannot reload</source>
            <translation>Uudelleenlataus ei onnistu</translation>
        </message>
        <message>
            <source>Cannot revert</source>
            <translation>Palautus ei onnistu</translation>
        </message>
        <message>
            <source>Cannot save the map</source>
            <translation>Karttaa ei voi tallentaa</translation>
        </message>
        <message>
            <source>Discard all changes since “%1” was last saved?</source>
            <translation>Hylätäänkö kaikki muutokset, jotka on tehty sen jälkeen, kun ”%1” viimeksi tallennettiin?</translation>
        </message>
        <message>
            <source>File changed on disk</source>
            <translation>Tiedosto on muuttunut levyllä</translation>
        </message>
        <message>
            <source>Journey maps (*%1)</source>
            <translation>Asiakaspolkukartat (*%1)</translation>
        </message>
        <message>
            <source>Map already open</source>
            <translation>Kartta on jo auki</translation>
        </message>
        <message>
            <source>Open Read-Only</source>
            <translation>Avaa vain luku -tilassa</translation>
        </message>
        <message>
            <source>Open a Copy</source>
            <translation>Avaa kopio</translation>
        </message>
        <message>
            <source>Open journey map</source>
            <translation>Avaa asiakaspolkukartta</translation>
        </message>
        <message>
            <source>Overwrite</source>
            <translation>Korvaa</translation>
        </message>
        <message>
            <source>Reload from Disk</source>
            <translation>Lataa levyltä uudelleen</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Palauta tallennettu</translation>
        </message>
        <message>
            <source>Save As…</source>
            <translation>Tallenna nimellä…</translation>
        </message>
        <message>
            <source>Save journey map</source>
            <translation>Tallenna asiakaspolkukartta</translation>
        </message>
        <message>
            <source>Save the changes to “%1” before closing it?</source>
            <translation>Tallennetaanko kohteen ”%1” muutokset ennen sulkemista?</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Tallennettu %1</translation>
        </message>
        <message>
            <source>The map is still open and unsaved. Save it under another name or in another folder?</source>
            <translation>Kartta on yhä auki ja tallentamatta. Tallennetaanko se toisella nimellä tai toiseen kansioon?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Tallentamattomia muutoksia</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Nimetön</translation>
        </message>
        <message>
            <source>another window of CX Designer</source>
            <translation>toisessa CX Designer -ikkunassa</translation>
        </message>
        <message>
            <source>“%1” is already open in %2.

If both of you save, one overwrites the other's work. Open it read-only (saving asks for a new name) or as an untitled copy?</source>
            <translation>”%1” on jo auki: %2.

Jos molemmat tallentavat, toinen korvaa toisen työn. Avataanko se vain luku -tilassa (tallennus kysyy uuden nimen) vai nimettömänä kopiona?</translation>
        </message>
        <message>
            <source>“%1” is open in %2. Choose another name.</source>
            <translation>”%1” on auki: %2. Valitse toinen nimi.</translation>
        </message>
        <message>
            <source>“%1” was changed or removed by another program since you opened or last saved it.

Overwrite it with your version, save yours under another name, or reload the file from disk (your changes are dropped)?</source>
            <translation>Toinen ohjelma on muuttanut tai poistanut tiedoston ”%1” sen jälkeen, kun avasit tai viimeksi tallensit sen.

Korvataanko se sinun versiollasi, tallennetaanko omasi toisella nimellä vai ladataanko tiedosto levyltä uudelleen (muutoksesi hylätään)?</translation>
        </message>
    </context>
    <context>
        <name>GettingStartedDialog</name>
        <message>
            <source>Getting Started</source>
            <translation>Aloitusopas</translation>
        </message>
        <message>
            <source>Getting started guide</source>
            <translation>Aloitusopas</translation>
        </message>
        <message>
            <source>&amp;Open the Example Map</source>
            <translation>&amp;Avaa esimerkkikartta</translation>
        </message>
        <message>
            <source>Opens a complete example journey map as a new untitled map</source>
            <translation>Avaa valmiin esimerkkikartan uutena nimettömänä karttana</translation>
        </message>
        <message>
            <source>&lt;b&gt;Choose the journey and its phases.&lt;/b&gt; Start from a template (File ▸ New) and name the phases along the journey, e.g. &lt;i&gt;Need arises → Searching → Agreement → Using the service → Ending&lt;/i&gt;. Insert ▸ Phase adds one.</source>
            <translation>&lt;b&gt;Valitse kuvattava polku ja sen vaiheet.&lt;/b&gt; Aloita mallipohjasta (Tiedosto ▸ Uusi) ja nimeä polun vaiheet, esim. &lt;i&gt;Tarpeen syntyminen → Etsiminen → Sopimus / toteutus → Palvelujen käyttö → Loppuminen&lt;/i&gt;. Lisää ▸ Vaihe lisää uuden vaiheen.</translation>
        </message>
        <message>
            <source>&lt;b&gt;List the touchpoints&lt;/b&gt; in each phase: web, mobile, social media, friends and colleagues, customer service… Drag them from the palette or use Insert ▸ Touchpoint.</source>
            <translation>&lt;b&gt;Listaa kohtaamishetket&lt;/b&gt; jokaisessa vaiheessa: netti, mobiili, some, kollegat/tutut, asiakaspalvelu… Vedä ne paletista tai käytä komentoa Lisää ▸ Kohtaamishetki.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Describe every touchpoint&lt;/b&gt; in the lanes: what the customer thinks, feels, sees, hears and does, their expectations, the pain points and the improvements. Write in the customer's own words.</source>
            <translation>&lt;b&gt;Kuvaa jokainen kohtaamishetki&lt;/b&gt; kaistoilla: mitä asiakas ajattelee, tuntee, näkee, kuulee ja tekee, mitä hän odottaa, missä ovat kipupisteet ja mitä voisi kehittää. Kirjoita asiakkaan omin sanoin.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Link each improvement to the pain point it addresses:&lt;/b&gt; select the improvement and drag its round handle onto the pain point (or Edit ▸ Link Cards, Ctrl+L).</source>
            <translation>&lt;b&gt;Yhdistä jokainen kehitysidea kipupisteeseen, jonka se ratkaisee:&lt;/b&gt; valitse kehitysidea ja vedä sen pyöreä kahva kipupisteen päälle (tai Muokkaa ▸ Yhdistä kortit, Ctrl+L).</translation>
        </message>
        <message>
            <source>&lt;b&gt;Give each improvement an owner, a priority and a status&lt;/b&gt; in the inspector or in Workshop ▸ Action Plan; the PDF export can add the action plan as a page.</source>
            <translation>&lt;b&gt;Anna jokaiselle kehitysidealle vastuuhenkilö, prioriteetti ja tila&lt;/b&gt; Ominaisuudet-paneelissa tai kohdassa Työpaja ▸ Toimenpidesuunnitelma; PDF-vientiin voi lisätä toimenpidesuunnitelman omaksi sivukseen.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Mark the moments of truth&lt;/b&gt; (Ctrl+T) and give each touchpoint an emotion score in the inspector: the emotion curve draws itself.</source>
            <translation>&lt;b&gt;Merkitse totuuden hetket&lt;/b&gt; (Ctrl+T) ja anna jokaiselle kohtaamishetkelle tunnearvo Ominaisuudet-paneelissa: tunnekäyrä piirtyy itsestään.</translation>
        </message>
        <message>
            <source>Arrow keys move between cards; F6 moves between the map, palette and inspector.</source>
            <translation>Nuolinäppäimet siirtävät korttien välillä; F6 siirtää kartan, paletin ja Ominaisuudet-paneelin välillä.</translation>
        </message>
        <message>
            <source>Your first journey map</source>
            <translation>Ensimmäinen asiakaspolkukarttasi</translation>
        </message>
        <message>
            <source>Working with the keyboard</source>
            <translation>Näppäimistön käyttö</translation>
        </message>
        <message>
            <source>Your maps stay on your computer: nothing is sent anywhere.</source>
            <translation>Karttasi pysyvät omalla tietokoneellasi: mitään ei lähetetä minnekään.</translation>
        </message>
        <message>
            <source>F2 edits the selected card; Ctrl+Return adds a card to the current cell.</source>
            <translation>F2 muokkaa valittua korttia; Ctrl+Enter lisää kortin nykyiseen soluun.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Share and steer.&lt;/b&gt; Save the map, print it as a PDF poster or handouts, and compare the current state with the ideal state: Workshop ▸ Current and Ideal States ▸ New Ideal State from Current (Ctrl+Shift+N), then Compare States Side by Side (Ctrl+Shift+D).</source>
            <translation>&lt;b&gt;Jaa ja ohjaa.&lt;/b&gt; Tallenna kartta, tulosta se PDF-julisteeksi tai monisteiksi ja vertaa nykytilaa tavoitetilaan: Työpaja ▸ Nykytila ja tavoitetilat ▸ Uusi tavoitetila nykytilasta (Ctrl+Shift+N), sitten Vertaa tiloja rinnakkain (Ctrl+Shift+D).</translation>
        </message>
        <message>
            <source>Enter on a palette entry inserts it without the mouse.</source>
            <translation>Enter paletin kohdassa lisää sen ilman hiirtä.</translation>
        </message>
    </context>
    <context>
        <name>ImageResolutionDialog</name>
        <message>
            <source>PNG resolution</source>
            <translation>PNG-tarkkuus</translation>
        </message>
        <message>
            <source> dpi</source>
            <translation> dpi</translation>
        </message>
        <message>
            <source>&amp;Resolution:</source>
            <translation>&amp;Tarkkuus:</translation>
        </message>
        <message>
            <source>Image size:</source>
            <translation>Kuvan koko:</translation>
        </message>
        <message>
            <source>%1 × %2 pixels</source>
            <translation>%1 × %2 kuvapistettä</translation>
        </message>
    </context>
    <context>
        <name>ImportActions</name>
        <message>
            <source>All files (*)</source>
            <translation>Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Cannot import the file</source>
            <translation>Tiedostoa ei voi tuoda</translation>
        </message>
        <message>
            <source>Enablement Map Studio (*.yaml *.yml)</source>
            <translation>Enablement Map Studio (*.yaml *.yml)</translation>
        </message>
        <message>
            <source>Import journey map</source>
            <translation>Tuo asiakaspolkukartta</translation>
        </message>
        <message>
            <source>Imported %1 as a new, unsaved map.</source>
            <translation>Tuotiin %1 uutena, tallentamattomana karttana.</translation>
        </message>
        <message>
            <source>Journey maps from other tools (*.ojf *.json *.yaml *.yml *.mmd *.mermaid *.csv *.txt)</source>
            <translation>Muiden työkalujen asiakaspolkukartat (*.ojf *.json *.yaml *.yml *.mmd *.mermaid *.csv *.txt)</translation>
        </message>
        <message>
            <source>Mermaid journey (*.mmd *.mermaid *.txt)</source>
            <translation>Mermaid-polku (*.mmd *.mermaid *.txt)</translation>
        </message>
        <message>
            <source>Open a journey map made with another tool as a new map</source>
            <translation>Avaa toisella työkalulla tehty asiakaspolkukartta uutena karttana</translation>
        </message>
        <message>
            <source>OpenJourney (*.ojf *.json)</source>
            <translation>OpenJourney (*.ojf *.json)</translation>
        </message>
        <message>
            <source>I&amp;mport…</source>
            <translation>Tuo &amp;muusta työkalusta…</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <source>Select a card, a touchpoint, a phase or a lane to edit it here.</source>
            <translation>Valitse kortti, kohtaamishetki, vaihe tai kaista muokataksesi sitä tässä.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Valitse…</translation>
        </message>
        <message>
            <source>Lane default</source>
            <translation>Kaistan oletus</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ei mitään</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Teksti</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Lisätieto</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Väri</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Vastuuhenkilö</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioriteetti</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <source>Moment of truth</source>
            <translation>Totuuden hetki</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanava</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>Tunne</translation>
        </message>
        <message>
            <source>Hidden</source>
            <translation>Piilotettu</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Laji</translation>
        </message>
    </context>
    <context>
        <name>LinkActions</name>
        <message>
            <source>&amp;Flow (Earlier to Later)</source>
            <translation>K&amp;ulku (aiemmasta myöhempään)</translation>
        </message>
        <message>
            <source>&amp;Improvement Addresses Pain Point</source>
            <translation>&amp;Kehitysidea ratkaisee kipupisteen</translation>
        </message>
        <message>
            <source>&amp;Relates To</source>
            <translation>&amp;Liittyy toiseen</translation>
        </message>
        <message>
            <source>Lin&amp;k Cards</source>
            <translation>&amp;Yhdistä kortit</translation>
        </message>
        <message>
            <source>Select exactly two cards to link them.</source>
            <translation>Valitse tasan kaksi korttia yhdistääksesi ne.</translation>
        </message>
        <message>
            <source>Select the linked cards to unlink them.</source>
            <translation>Valitse yhdistetyt kortit poistaaksesi yhteyden.</translation>
        </message>
        <message>
            <source>U&amp;nlink Cards</source>
            <translation>P&amp;ura korttien yhteys</translation>
        </message>
        <message>
            <source>Draw the links between cards on the map</source>
            <translation>Piirrä korttien väliset yhteydet karttaan</translation>
        </message>
        <message>
            <source>Show &amp;Card Links</source>
            <translation>Näytä &amp;korttien yhteydet</translation>
        </message>
    </context>
    <context>
        <name>LinkDrag</name>
        <message>
            <source>These cards are already linked.</source>
            <translation>Nämä kortit on jo linkitetty.</translation>
        </message>
        <message>
            <source>Drag the round handle of a selected card, or Alt+drag a card, to another card to link them</source>
            <translation>Yhdistä kortit vetämällä valitun kortin pyöreä kahva toiseen korttiin tai vetämällä korttia Alt-näppäin pohjassa</translation>
        </message>
    </context>
    <context>
        <name>LinkHandle</name>
        <message>
            <source>Drag to another card to link them</source>
            <translation>Yhdistä kortit vetämällä toiseen korttiin</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Palette</source>
            <translation>Paletti</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Ominaisuudet</translation>
        </message>
        <message>
            <source>&lt;opened&gt;</source>
            <translation>&lt;avattu&gt;</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historia</translation>
        </message>
        <message>
            <source>Zoom level</source>
            <translation>Zoomaustaso</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Valinta</translation>
        </message>
        <message>
            <source>Phases, touchpoints and cards to insert: press Enter to insert the entry, or drag it onto the map</source>
            <translation>Lisättävät vaiheet, kohtaamishetket ja kortit: Enter lisää valitun kohdan, tai vedä se kartalle</translation>
        </message>
        <message>
            <source>Fields of the selected card, touchpoint, phase or lane</source>
            <translation>Valitun kortin, kohtaamishetken, vaiheen tai kaistan tiedot</translation>
        </message>
        <message>
            <source>Every change to the map; choose an entry to undo back to it</source>
            <translation>Kaikki kartan muutokset; valitse kohta palataksesi siihen</translation>
        </message>
        <message>
            <source>Untitled map</source>
            <translation>Nimetön kartta</translation>
        </message>
        <message>
            <source>Journey map</source>
            <translation>Asiakaspolkukartta</translation>
        </message>
        <message>
            <source>The map: arrow keys move between cards, F2 edits, Ctrl+Return adds a card, F6 moves to the next pane</source>
            <translation>Kartta: nuolinäppäimet siirtävät korttien välillä, F2 muokkaa, Ctrl+Enter lisää kortin, F6 siirtää seuraavaan paneeliin</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1[*] — CX Designer</source>
            <translation>%1[*] — CX Designer</translation>
        </message>
        <message>
            <source>Zoom %1 %</source>
            <translation>Zoomaus %1 %</translation>
        </message>
        <message numerus="yes">
            <source>%n selected</source>
            <translation>
                <numerusform>%n valittu</numerusform>
                <numerusform>%n valittua</numerusform>
            </translation>
        </message>
        <message>
            <source>Card “%1” in %2, %3</source>
            <translation>Kortti ”%1” kaistalla %2, %3</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(tyhjä)</translation>
        </message>
        <message>
            <source>, and %1 more</source>
            <translation> ja %1 muuta</translation>
        </message>
        <message>
            <source>Touchpoint “%1”</source>
            <translation>Kohtaamishetki ”%1”</translation>
        </message>
        <message>
            <source>Phase “%1”</source>
            <translation>Vaihe ”%1”</translation>
        </message>
        <message>
            <source>Lane “%1”</source>
            <translation>Kaista ”%1”</translation>
        </message>
        <message>
            <source>, moment of truth</source>
            <translation>, totuuden hetki</translation>
        </message>
        <message>
            <source>Cell %1, %2: %3 cards</source>
            <translation>Solu %1, %2: kortteja %3</translation>
        </message>
        <message>
            <source>Not possible: %1</source>
            <translation>Ei mahdollista: %1</translation>
        </message>
    </context>
    <context>
        <name>Metrics</name>
        <message>
            <source>much less effort than expected</source>
            <translation>paljon odotettua vähemmän vaivaa</translation>
        </message>
        <message>
            <source>a little less effort than expected</source>
            <translation>hieman odotettua vähemmän vaivaa</translation>
        </message>
        <message>
            <source>as expected</source>
            <translation>odotusten mukaisesti</translation>
        </message>
        <message>
            <source>a little more effort than expected</source>
            <translation>hieman odotettua enemmän vaivaa</translation>
        </message>
        <message>
            <source>much more effort than expected</source>
            <translation>paljon odotettua enemmän vaivaa</translation>
        </message>
        <message>
            <source>No answers yet.</source>
            <translation>Ei vielä vastauksia.</translation>
        </message>
        <message>
            <source>CES %1 % less effort than expected (n %2; steps 1–5: %3)</source>
            <translation>CES %1 % odotettua vähemmän vaivaa (n %2; asteikko 1–5: %3)</translation>
        </message>
        <message>
            <source>NPS %1 (n %2: %3 promoters, %4 passives, %5 detractors)</source>
            <translation>NPS %1 (n %2: %3 suosittelijaa, %4 passiivista, %5 arvostelijaa)</translation>
        </message>
        <message>
            <source>Answers with score %1</source>
            <translation>Vastaukset arvolla %1</translation>
        </message>
        <message>
            <source>CES answers per step (1 = much less … 5 = much more effort)</source>
            <translation>CES-vastaukset asteikolla (1 = paljon vähemmän … 5 = paljon enemmän vaivaa)</translation>
        </message>
        <message>
            <source>NPS answers per score (0–10)</source>
            <translation>NPS-vastaukset arvoittain (0–10)</translation>
        </message>
    </context>
    <context>
        <name>MomentsPanel</name>
        <message>
            <source>Moment of truth</source>
            <translation>Totuuden hetki</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Missä</translation>
        </message>
        <message>
            <source>No metric yet.</source>
            <translation>Ei vielä mittaria.</translation>
        </message>
        <message>
            <source>★ Touchpoint: %1</source>
            <translation>★ Kohtaamishetki: %1</translation>
        </message>
        <message>
            <source>★ Card: %1</source>
            <translation>★ Kortti: %1</translation>
        </message>
    </context>
    <context>
        <name>MostVotesPanel</name>
        <message>
            <source>Dots</source>
            <translation>Pisteet</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Kortti</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Missä</translation>
        </message>
    </context>
    <context>
        <name>Palette</name>
        <message>
            <source>Structure</source>
            <translation>Rakenne</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Kohtaamishetket</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>Kortit</translation>
        </message>
        <message>
            <source>Press Enter, or drag onto the map</source>
            <translation>Paina Enteriä tai vedä kartalle</translation>
        </message>
    </context>
    <context>
        <name>PdfExport</name>
        <message>
            <source>(unnamed phase)</source>
            <translation>(nimetön vaihe)</translation>
        </message>
        <message>
            <source>Channels: {names}</source>
            <translation>Kanavat: {names}</translation>
        </message>
        <message>
            <source>Cover</source>
            <translation>Kansilehti</translation>
        </message>
        <message>
            <source>Cut each tile along its crop marks, overlap neighbours by {overlap} mm (dashed lines) and match the alignment targets.</source>
            <translation>Leikkaa jokainen pala leikkausmerkkejä pitkin, limitä naapurit {overlap} mm (katkoviivat) ja kohdista kohdistusmerkit.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Päivämäärä</translation>
        </message>
        <message>
            <source>Emotion curve</source>
            <translation>Tunnekäyrä</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Tiedosto</translation>
        </message>
        <message>
            <source>How the tiles go together</source>
            <translation>Näin palat sopivat yhteen</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Selite</translation>
        </message>
        <message>
            <source>Moment of truth</source>
            <translation>Totuuden hetki</translation>
        </message>
        <message>
            <source>Moments of truth</source>
            <translation>Totuuden hetket</translation>
        </message>
        <message>
            <source>No touchpoint has an emotion score yet.</source>
            <translation>Yhdelläkään kohtaamishetkellä ei ole vielä tunnearvoa.</translation>
        </message>
        <message>
            <source>No touchpoint is marked as a moment of truth.</source>
            <translation>Yhtäkään kohtaamishetkeä ei ole merkitty totuuden hetkeksi.</translation>
        </message>
        <message>
            <source>Not everything fits on this cover; the phase pages show all of it.</source>
            <translation>Kaikki ei mahdu kansilehdelle; vaihekohtaiset sivut näyttävät kaiken.</translation>
        </message>
        <message>
            <source>Page {number} of {total}</source>
            <translation>Sivu {number}/{total}</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persoona</translation>
        </message>
        <message>
            <source>Phase {number} of {total}: {name}</source>
            <translation>Vaihe {number}/{total}: {name}</translation>
        </message>
        <message>
            <source>Poster: {rows} × {columns} tiles at {scale} %</source>
            <translation>Juliste: {rows} × {columns} palaa, mittakaava {scale} %</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Rajaus</translation>
        </message>
        <message>
            <source>Tile {label}</source>
            <translation>Pala {label}</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Otsikko</translation>
        </message>
        <message>
            <source>Untitled journey</source>
            <translation>Nimetön polku</translation>
        </message>
        <message>
            <source>emotion {score}</source>
            <translation>tunne {score}</translation>
        </message>
        <message>
            <source>negative</source>
            <translation>kielteinen</translation>
        </message>
        <message>
            <source>neutral</source>
            <translation>neutraali</translation>
        </message>
        <message>
            <source>positive</source>
            <translation>myönteinen</translation>
        </message>
        <message>
            <source>row {row} of {rows}, column {column} of {columns} · at {scale} %</source>
            <translation>rivi {row}/{rows}, sarake {column}/{columns} · mittakaava {scale} %</translation>
        </message>
        <message>
            <source>very negative</source>
            <translation>erittäin kielteinen</translation>
        </message>
        <message>
            <source>very positive</source>
            <translation>erittäin myönteinen</translation>
        </message>
        <message>
            <source>▲ {label} above</source>
            <translation>▲ {label} yläpuolella</translation>
        </message>
        <message>
            <source>▶ {label} right</source>
            <translation>▶ {label} oikealla</translation>
        </message>
        <message>
            <source>▼ {label} below</source>
            <translation>▼ {label} alapuolella</translation>
        </message>
        <message>
            <source>◀ {label} left</source>
            <translation>◀ {label} vasemmalla</translation>
        </message>
        <message>
            <source>Analysis checklist</source>
            <translation>Analyysin tarkistuslista</translation>
        </message>
        <message>
            <source>CES % = share of answers with less effort than expected; n = answers</source>
            <translation>CES % = niiden vastausten osuus, joissa vaivaa oli odotettua vähemmän; n = vastausten määrä</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Kortti</translation>
        </message>
        <message>
            <source>Cards added</source>
            <translation>Lisätyt kortit</translation>
        </message>
        <message>
            <source>Cards added: {count}</source>
            <translation>Lisättyjä kortteja: {count}</translation>
        </message>
        <message>
            <source>Cards changed</source>
            <translation>Muutetut kortit</translation>
        </message>
        <message>
            <source>Cards changed: {count}</source>
            <translation>Muutettuja kortteja: {count}</translation>
        </message>
        <message>
            <source>Cards removed</source>
            <translation>Poistetut kortit</translation>
        </message>
        <message>
            <source>Cards removed: {count}</source>
            <translation>Poistettuja kortteja: {count}</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Muutos</translation>
        </message>
        <message>
            <source>Colour changed</source>
            <translation>Väri muuttui</translation>
        </message>
        <message>
            <source>Current state</source>
            <translation>Nykytila</translation>
        </message>
        <message>
            <source>Current state and ideal state</source>
            <translation>Nykytila ja tavoitetila</translation>
        </message>
        <message>
            <source>Details changed</source>
            <translation>Lisätieto muuttui</translation>
        </message>
        <message>
            <source>Differences</source>
            <translation>Erot</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Valmis</translation>
        </message>
        <message>
            <source>Dot votes: one dot per vote, the number is the total</source>
            <translation>Pisteäänet: yksi piste kustakin äänestä, luku on äänten yhteismäärä</translation>
        </message>
        <message>
            <source>Emotion curve in both states</source>
            <translation>Tunnekäyrä molemmissa tiloissa</translation>
        </message>
        <message>
            <source>Emotion per touchpoint</source>
            <translation>Tunne kohtaamishetkittäin</translation>
        </message>
        <message>
            <source>Every pain point has an improvement, every touchpoint is described, every moment of truth has a metric, and no emotion or channel switch stands out.</source>
            <translation>Jokaisella kipupisteellä on kehitysidea, jokainen kohtaamishetki on kuvattu, jokaisella totuuden hetkellä on mittari, eikä mikään tunne tai kanavan vaihto erotu joukosta.</translation>
        </message>
        <message>
            <source>Findings: {count}</source>
            <translation>Havaintoja: {count}</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Korkea</translation>
        </message>
        <message>
            <source>How to read this document</source>
            <translation>Näin luet tätä asiakirjaa</translation>
        </message>
        <message>
            <source>Idea</source>
            <translation>Idea</translation>
        </message>
        <message>
            <source>Ideal state</source>
            <translation>Tavoitetila</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Työn alla</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Kohde</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Kaista</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Matala</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Keskitaso</translation>
        </message>
        <message>
            <source>Moved from {lane} · {place}</source>
            <translation>Siirretty paikasta {lane} · {place}</translation>
        </message>
        <message>
            <source>NPS = % promoters − % detractors; n = answers</source>
            <translation>NPS = suosittelijoiden % − arvostelijoiden %; n = vastausten määrä</translation>
        </message>
        <message>
            <source>No differences: the ideal state is still the same as the current state.</source>
            <translation>Ei eroja: tavoitetila on yhä sama kuin nykytila.</translation>
        </message>
        <message>
            <source>No findings</source>
            <translation>Ei havaintoja</translation>
        </message>
        <message>
            <source>No longer a moment of truth</source>
            <translation>Ei enää totuuden hetki</translation>
        </message>
        <message>
            <source>Now a moment of truth</source>
            <translation>Nyt totuuden hetki</translation>
        </message>
        <message>
            <source>Owner: {before} → {after}</source>
            <translation>Vastuuhenkilö: {before} → {after}</translation>
        </message>
        <message>
            <source>Pages 2 and 3 face each other: {current} on the left, {ideal} on the right, both at the same scale. Print double-sided, or show two pages at a time. The differences follow from page 4.</source>
            <translation>Sivut 2 ja 3 ovat vastakkain: vasemmalla {current}, oikealla {ideal}, molemmat samassa mittakaavassa. Tulosta kaksipuolisena tai näytä kaksi sivua kerrallaan. Erot alkavat sivulta 4.</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Suunniteltu</translation>
        </message>
        <message>
            <source>Priority: {before} → {after}</source>
            <translation>Prioriteetti: {before} → {after}</translation>
        </message>
        <message>
            <source>Status: {before} → {after}</source>
            <translation>Tila: {before} → {after}</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>Kohtaamishetki</translation>
        </message>
        <message>
            <source>Touchpoints whose emotion changed: {count}</source>
            <translation>Kohtaamishetkiä, joiden tunne muuttui: {count}</translation>
        </message>
        <message>
            <source>Was: “{text}”</source>
            <translation>Ennen: ”{text}”</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Mikä muuttui</translation>
        </message>
        <message>
            <source>What to check</source>
            <translation>Tarkistettavaa</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Missä</translation>
        </message>
        <message>
            <source>detractors 0–6</source>
            <translation>arvostelijat 0–6</translation>
        </message>
        <message>
            <source>new score</source>
            <translation>uusi tunnearvo</translation>
        </message>
        <message>
            <source>no score</source>
            <translation>ei tunnearvoa</translation>
        </message>
        <message>
            <source>passives 7–8</source>
            <translation>passiiviset 7–8</translation>
        </message>
        <message>
            <source>promoters 9–10</source>
            <translation>suosittelijat 9–10</translation>
        </message>
        <message>
            <source>{name} (continued)</source>
            <translation>{name} (jatkuu)</translation>
        </message>
        <message>
            <source>{phase} (whole phase)</source>
            <translation>{phase} (koko vaihe)</translation>
        </message>
        <message>
            <source>Flow, earlier to later</source>
            <translation>Kulku, aiemmasta myöhempään</translation>
        </message>
        <message>
            <source>Improvement addresses pain point</source>
            <translation>Kehitysidea ratkaisee kipupisteen</translation>
        </message>
        <message>
            <source>Relates to</source>
            <translation>Liittyy toiseen</translation>
        </message>
        <message>
            <source>▲ continued from the previous page</source>
            <translation>▲ jatkuu edelliseltä sivulta</translation>
        </message>
        <message>
            <source>▼ continues on the next page</source>
            <translation>▼ jatkuu seuraavalla sivulla</translation>
        </message>
        <message>
            <source>(continued)</source>
            <translation>(jatkuu)</translation>
        </message>
        <message>
            <source>A short arrow at a card's edge with a phase's number and name: a link to a card in that phase</source>
            <translation>Lyhyt nuoli kortin reunassa sekä vaiheen numero ja nimi: yhteys kyseisen vaiheen korttiin</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Toimenpide</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Toimenpidesuunnitelma</translation>
        </message>
        <message>
            <source>Actions: {count}</source>
            <translation>Toimenpiteitä: {count}</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Valmiit</translation>
        </message>
        <message>
            <source>Done: {count}</source>
            <translation>Valmiina: {count}</translation>
        </message>
        <message>
            <source>High priority</source>
            <translation>Korkea prioriteetti</translation>
        </message>
        <message>
            <source>Low priority</source>
            <translation>Matala prioriteetti</translation>
        </message>
        <message>
            <source>Medium priority</source>
            <translation>Keskitason prioriteetti</translation>
        </message>
        <message>
            <source>No improvements and no cards with an owner, priority or status to plan.</source>
            <translation>Ei suunniteltavia kehitysideoita eikä kortteja, joilla on vastuuhenkilö, prioriteetti tai tila.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Avoimet</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Vastuuhenkilö</translation>
        </message>
        <message>
            <source>Pain points addressed</source>
            <translation>Ratkaistavat kipupisteet</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioriteetti</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
    </context>
    <context>
        <name>PdfExportDialog</name>
        <message>
            <source>Export PDF</source>
            <translation>Vie PDF:ksi</translation>
        </message>
        <message>
            <source>%1 (%2 × %3 mm)</source>
            <translation>%1 (%2 × %3 mm)</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automaattinen</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Vaaka</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Pysty</translation>
        </message>
        <message>
            <source>Fit: the whole map on one page</source>
            <translation>Sovita: koko kartta yhdelle sivulle</translation>
        </message>
        <message>
            <source>Poster: tiled over pages at a scale</source>
            <translation>Juliste: paloina usealle sivulle valitussa mittakaavassa</translation>
        </message>
        <message>
            <source>Handout: a cover, then one page per phase</source>
            <translation>Moniste: kansilehti ja sitten sivu vaihetta kohden</translation>
        </message>
        <message>
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <source>Untitled journey</source>
            <translation>Nimetön polku</translation>
        </message>
        <message>
            <source>Add analysis &amp;checklist</source>
            <translation>Lisää analyysin tar&amp;kistuslista</translation>
        </message>
        <message>
            <source>After the map, the analysis findings as a list to tick off in the workshop</source>
            <translation>Kartan jälkeen analyysin havainnot listana, jonka voi rastittaa työpajassa</translation>
        </message>
        <message>
            <source>Add &amp;action plan</source>
            <translation>&amp;Lisää toimenpidesuunnitelma</translation>
        </message>
        <message>
            <source>After the map (and the checklist), the improvements with their owners, priorities and status as a plan to follow up</source>
            <translation>Kartan (ja tarkistuslistan) jälkeen kehitysideat vastuuhenkilöineen, prioriteetteineen ja tiloineen seurattavana suunnitelmana</translation>
        </message>
        <message>
            <source>No comparison</source>
            <translation>Ei vertailua</translation>
        </message>
        <message>
            <source>(unnamed ideal state)</source>
            <translation>(nimetön tavoitetila)</translation>
        </message>
        <message>
            <source>The current state and the ideal state on facing pages, each fitted on one page, then what differs</source>
            <translation>Nykytila ja tavoitetila vastakkaisilla sivuilla, kumpikin yhdelle sivulle sovitettuna, ja sen jälkeen erot</translation>
        </message>
        <message>
            <source>This map has no ideal states yet.</source>
            <translation>Tällä kartalla ei ole vielä tavoitetiloja.</translation>
        </message>
        <message>
            <source>A comparison prints each state on one page, the two facing each other, then what differs.</source>
            <translation>Vertailu tulostaa kummankin tilan omalle sivulleen vastakkain ja sen jälkeen erot.</translation>
        </message>
        <message>
            <source>Lanes</source>
            <translation>Kaistat</translation>
        </message>
        <message>
            <source>(unnamed lane)</source>
            <translation>(nimetön kaista)</translation>
        </message>
        <message>
            <source>This map has no lanes.</source>
            <translation>Kartalla ei ole kaistoja.</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Kaikki</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ei mitään</translation>
        </message>
        <message>
            <source>Lanes to print</source>
            <translation>Tulostettavat kaistat</translation>
        </message>
        <message>
            <source>&amp;Page size:</source>
            <translation>&amp;Sivukoko:</translation>
        </message>
        <message>
            <source>&amp;Orientation:</source>
            <translation>S&amp;uunta:</translation>
        </message>
        <message>
            <source>&amp;Mode:</source>
            <translation>&amp;Tapa:</translation>
        </message>
        <message>
            <source>Poster &amp;scale:</source>
            <translation>Julisteen &amp;mittakaava:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Otsikko:</translation>
        </message>
        <message>
            <source>Compare with &amp;ideal state:</source>
            <translation>V&amp;ertaa tavoitetilaan:</translation>
        </message>
        <message>
            <source>Preview of the pages</source>
            <translation>Sivujen esikatselu</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Vie…</translation>
        </message>
        <message>
            <source>Choose at least one lane to print.</source>
            <translation>Valitse vähintään yksi tulostettava kaista.</translation>
        </message>
        <message>
            <source>Updating the preview…</source>
            <translation>Päivitetään esikatselua…</translation>
        </message>
        <message>
            <source>The PDF cannot be made: %1</source>
            <translation>PDF:ää ei voi tehdä: %1</translation>
        </message>
        <message>
            <source>1 page</source>
            <translation>1 sivu</translation>
        </message>
        <message numerus="yes">
            <source>%n pages</source>
            <translation>
                <numerusform>%n sivua</numerusform>
                <numerusform>%n sivua</numerusform>
            </translation>
        </message>
        <message>
            <source> (no preview: this build has no PDF renderer)</source>
            <translation> (ei esikatselua: tässä versiossa ei ole PDF-näytintä)</translation>
        </message>
        <message>
            <source>… and 1 more page</source>
            <translation>… ja 1 sivu lisää</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more pages</source>
            <translation>
                <numerusform>… ja %n sivua lisää</numerusform>
                <numerusform>… ja %n sivua lisää</numerusform>
            </translation>
        </message>
        <message>
            <source>, %1 × %2 mm</source>
            <translation>, %1 × %2 mm</translation>
        </message>
        <message>
            <source> (the preview shows the first %1)</source>
            <translation> (esikatselussa ensimmäiset %1)</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>Sivu %1</translation>
        </message>
        <message>
            <source>Warnings:</source>
            <translation>Varoitukset:</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… ja %n muu</numerusform>
                <numerusform>… ja %n muuta</numerusform>
            </translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-asiakirjat (*.pdf)</translation>
        </message>
        <message>
            <source>Exporting “%1”…</source>
            <translation>Viedään ”%1”…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Peruuta</translation>
        </message>
        <message>
            <source>Cannot export the PDF</source>
            <translation>PDF:ää ei voi viedä</translation>
        </message>
        <message>
            <source>Could not export %1: %2</source>
            <translation>Vienti tiedostoon %1 epäonnistui: %2</translation>
        </message>
    </context>
    <context>
        <name>PdfWarnings</name>
        <message>
            <source>Card {id} in phase “{phase}” is taller than a handout page; it continues on the next page.</source>
            <translation>Vaiheen ”{phase}” kortti {id} on monisteen sivua korkeampi; se jatkuu seuraavalla sivulla.</translation>
        </message>
        <message>
            <source>On one {page_size} page per state the card text prints at {size} pt, too small to read; try a larger page size.</source>
            <translation>Kun kukin tila on yhdellä {page_size}-sivulla, korttien teksti tulostuu {size} pt:n kokoisena, liian pienenä luettavaksi; kokeile suurempaa sivukokoa.</translation>
        </message>
        <message>
            <source>On one {page_size} page the card text prints at {size} pt, too small to read; try poster mode or a larger page size.</source>
            <translation>Yhdellä {page_size}-sivulla korttien teksti tulostuu {size} pt:n kokoisena, liian pienenä luettavaksi; kokeile julistetilaa tai suurempaa sivukokoa.</translation>
        </message>
        <message>
            <source>Phase “{name}” has {count} touchpoints: on {page_size} landscape its card text prints at {size} pt; a larger page size prints it larger.</source>
            <translation>Vaiheessa ”{name}” on kohtaamishetkiä {count}, joten vaakasuuntaisella {page_size}-sivulla sen korttien teksti tulostuu {size} pt:n kokoisena; suuremmalla sivukoolla se tulostuu suurempana.</translation>
        </message>
        <message>
            <source>Phase “{name}” has {count} touchpoints: on {page_size} portrait its card text prints at {size} pt; a larger page size or landscape prints it larger.</source>
            <translation>Vaiheessa ”{name}” on kohtaamishetkiä {count}, joten pystysuuntaisella {page_size}-sivulla sen korttien teksti tulostuu {size} pt:n kokoisena; suuremmalla sivukoolla tai vaakasuunnassa se tulostuu suurempana.</translation>
        </message>
        <message>
            <source>The font has no glyph for {chars} and {n} more in {where}; they print as empty boxes.</source>
            <translation>Fontista puuttuvat merkit {chars} ja {n} muuta kohdassa: {where}. Ne tulostuvat tyhjinä ruutuina.</translation>
        </message>
        <message>
            <source>The font has no glyph for {chars} in {where}; they print as empty boxes.</source>
            <translation>Fontista puuttuu {chars} kohdassa: {where}. Puuttuvat merkit tulostuvat tyhjinä ruutuina.</translation>
        </message>
        <message>
            <source>The handout cover is too small for all of it: {names} did not fit (see the phase pages).</source>
            <translation>Monisteen kansilehdelle ei mahtunut kaikkea. Pois jäi: {names} (katso vaihesivut).</translation>
        </message>
        <message>
            <source>card {id} “{text}” in lane “{lane}”</source>
            <translation>kortti {id} ”{text}” kaistalla ”{lane}”</translation>
        </message>
        <message>
            <source>lane “{name}”</source>
            <translation>kaista ”{name}”</translation>
        </message>
        <message>
            <source>phase “{name}”</source>
            <translation>vaihe ”{name}”</translation>
        </message>
        <message>
            <source>the date</source>
            <translation>päivämäärä</translation>
        </message>
        <message>
            <source>the emotion curve</source>
            <translation>tunnekäyrä</translation>
        </message>
        <message>
            <source>the legend</source>
            <translation>selite</translation>
        </message>
        <message>
            <source>the moments of truth</source>
            <translation>totuuden hetket</translation>
        </message>
        <message>
            <source>the persona</source>
            <translation>persoona</translation>
        </message>
        <message>
            <source>the persona's description</source>
            <translation>persoonan kuvaus</translation>
        </message>
        <message>
            <source>the persona's frustrations</source>
            <translation>persoonan turhautumiset</translation>
        </message>
        <message>
            <source>the persona's goals</source>
            <translation>persoonan tavoitteet</translation>
        </message>
        <message>
            <source>the persona's needs</source>
            <translation>persoonan tarpeet</translation>
        </message>
        <message>
            <source>the persona's photo</source>
            <translation>persoonan kuva</translation>
        </message>
        <message>
            <source>the persona's quote</source>
            <translation>persoonan sitaatti</translation>
        </message>
        <message>
            <source>the scope</source>
            <translation>rajaus</translation>
        </message>
        <message>
            <source>the title</source>
            <translation>otsikko</translation>
        </message>
        <message>
            <source>touchpoint “{name}”</source>
            <translation>kohtaamishetki ”{name}”</translation>
        </message>
        <message>
            <source>… and 1 more text with characters the font lacks.</source>
            <translation>… ja vielä 1 teksti, jossa on fontista puuttuvia merkkejä.</translation>
        </message>
        <message>
            <source>… and {n} more texts with characters the font lacks.</source>
            <translation>… ja vielä {n} tekstiä, joissa on fontista puuttuvia merkkejä.</translation>
        </message>
        <message>
            <source>The persona's photo cannot be read (the picture in the file is damaged); it prints as an empty frame.</source>
            <translation>Persoonan kuvaa ei voi lukea (tiedostossa oleva kuva on vioittunut); se tulostuu tyhjänä kehyksenä.</translation>
        </message>
    </context>
    <context>
        <name>Persona</name>
        <message>
            <source>Frustrations</source>
            <translation>Turhautumiset</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Tavoitteet</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Tarpeet</translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation>… ja {n} muuta</translation>
        </message>
    </context>
    <context>
        <name>PersonaItem</name>
        <message>
            <source>Double-click to edit the persona</source>
            <translation>Muokkaa persoonaa kaksoisnapsauttamalla</translation>
        </message>
    </context>
    <context>
        <name>PersonaPanel</name>
        <message>
            <source>Choose Photo…</source>
            <translation>Valitse kuva…</translation>
        </message>
        <message>
            <source>Remove Photo</source>
            <translation>Poista kuva</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Kuva</translation>
        </message>
        <message>
            <source>Drop a picture file here, or choose one</source>
            <translation>Pudota kuvatiedosto tähän tai valitse se</translation>
        </message>
        <message>
            <source>One goal per line</source>
            <translation>Yksi tavoite riviä kohden</translation>
        </message>
        <message>
            <source>One need per line</source>
            <translation>Yksi tarve riviä kohden</translation>
        </message>
        <message>
            <source>One frustration per line</source>
            <translation>Yksi turhautuminen riviä kohden</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Sitaatti</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Kuvaus</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Tavoitteet</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Tarpeet</translation>
        </message>
        <message>
            <source>Frustrations</source>
            <translation>Turhautumiset</translation>
        </message>
        <message>
            <source>Lists: one item per line; Ctrl+Return or leaving the box saves them.</source>
            <translation>Luettelot: yksi kohta riviä kohden; Ctrl+Enter tai kentästä poistuminen tallentaa ne.</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persoona</translation>
        </message>
        <message>
            <source>The customer this journey map is about</source>
            <translation>Asiakas, jonka polkua tämä kartta kuvaa</translation>
        </message>
        <message>
            <source>Persona photo</source>
            <translation>Persoonan kuva</translation>
        </message>
        <message>
            <source>Photo Not Used</source>
            <translation>Kuvaa ei käytetty</translation>
        </message>
        <message>
            <source>Choose Persona Photo</source>
            <translation>Valitse persoonan kuva</translation>
        </message>
        <message>
            <source>Pictures (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff);;All files (*)</source>
            <translation>Kuvat (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff);;Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <source>Pe&amp;rsona</source>
            <translation>Pe&amp;rsoona</translation>
        </message>
    </context>
    <context>
        <name>PersonaPhoto</name>
        <message>
            <source>Choose a picture file, not a folder.</source>
            <translation>Valitse kuvatiedosto, ei kansiota.</translation>
        </message>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>Tiedostoa ei voi lukea: %1</translation>
        </message>
        <message>
            <source>The file is %1 MB; choose a picture under %2 MB.</source>
            <translation>Tiedosto on %1 Mt; valitse alle %2 Mt:n kuva.</translation>
        </message>
        <message>
            <source>The picture cannot be made small enough for the map file.</source>
            <translation>Kuvaa ei saa riittävän pieneksi karttatiedostoon.</translation>
        </message>
        <message>
            <source>The picture could not be converted to JPEG.</source>
            <translation>Kuvaa ei voitu muuntaa JPEG-muotoon.</translation>
        </message>
        <message>
            <source>The picture is empty.</source>
            <translation>Kuva on tyhjä.</translation>
        </message>
        <message>
            <source>This file is not a picture that can be read (%1). Choose a JPEG or PNG photo.</source>
            <translation>Tiedosto ei ole luettava kuva (%1). Valitse JPEG- tai PNG-kuva.</translation>
        </message>
    </context>
    <context>
        <name>PhaseStrip</name>
        <message>
            <source>Whole phase: %1</source>
            <translation>Koko vaihe: %1</translation>
        </message>
    </context>
    <context>
        <name>PhotoWell</name>
        <message>
            <source>No photo</source>
            <translation>Ei kuvaa</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Asetukset</translation>
        </message>
        <message>
            <source>Same as the system (%1)</source>
            <translation>Sama kuin järjestelmässä (%1)</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Kieli:</translation>
        </message>
        <message>
            <source>Language of menus and dialogs; takes effect when CX Designer is started again</source>
            <translation>Valikkojen ja ikkunoiden kieli; tulee voimaan, kun CX Designer käynnistetään uudelleen</translation>
        </message>
        <message>
            <source>A new language takes effect when you start CX Designer again.</source>
            <translation>Uusi kieli tulee voimaan, kun käynnistät CX Designerin uudelleen.</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Teema:</translation>
        </message>
        <message>
            <source>Colours of the window; takes effect at once</source>
            <translation>Ikkunan värit; tulee voimaan heti</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Ei käytössä</translation>
        </message>
        <message>
            <source>&amp;Autosave every:</source>
            <translation>&amp;Automaattitallennuksen väli:</translation>
        </message>
        <message>
            <source>Seconds between automatic saves of a recovery copy; 0 turns autosave off</source>
            <translation>Palautuskopion automaattisten tallennusten väli sekunteina; 0 poistaa automaattitallennuksen käytöstä</translation>
        </message>
        <message>
            <source>Default &amp;page size:</source>
            <translation>Oletus&amp;sivukoko:</translation>
        </message>
        <message>
            <source>Paper size the PDF export starts with</source>
            <translation>Paperikoko, jolla PDF-vienti alkaa</translation>
        </message>
        <message>
            <source>Default t&amp;emplate:</source>
            <translation>Oletus&amp;mallipohja:</translation>
        </message>
        <message>
            <source>Template selected first when you create a new map</source>
            <translation>Mallipohja, joka on valittuna uutta karttaa luotaessa</translation>
        </message>
        <message>
            <source>&amp;Clear Recent Files</source>
            <translation>&amp;Tyhjennä viimeisimmät tiedostot</translation>
        </message>
        <message>
            <source>Empties the File ▸ Open Recent menu</source>
            <translation>Tyhjentää valikon Tiedosto ▸ Avaa viimeisimmistä</translation>
        </message>
        <message>
            <source>Recent files:</source>
            <translation>Viimeisimmät tiedostot:</translation>
        </message>
    </context>
    <context>
        <name>PresentationMode</name>
        <message>
            <source>&amp;Present</source>
            <translation>&amp;Esitystila</translation>
        </message>
        <message>
            <source>Full screen, phase by phase: ←/→, Home/End, F fits, Esc leaves</source>
            <translation>Koko näyttö, vaihe kerrallaan: ←/→, Home/End, F sovittaa, Esc lopettaa</translation>
        </message>
        <message>
            <source>&amp;Spotlight Current Phase</source>
            <translation>&amp;Korosta nykyinen vaihe</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Recover unsaved work</source>
            <translation>Palauta tallentamattomat työt</translation>
        </message>
        <message>
            <source>CX Designer did not close properly last time. These maps had changes that were not saved; their autosaved versions can be recovered.</source>
            <translation>CX Designer ei sulkeutunut viime kerralla oikein. Näissä kartoissa oli tallentamattomia muutoksia; niiden automaattisesti tallennetut versiot voidaan palauttaa.</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Kartta</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Kansio</translation>
        </message>
        <message>
            <source>Autosaved</source>
            <translation>Tallennettu automaattisesti</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Nimetön</translation>
        </message>
        <message>
            <source>not saved yet</source>
            <translation>ei vielä tallennettu</translation>
        </message>
        <message>
            <source>&amp;Recover</source>
            <translation>&amp;Palauta</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Hylkää</translation>
        </message>
        <message>
            <source>Decide &amp;Later</source>
            <translation>Päätä &amp;myöhemmin</translation>
        </message>
        <message>
            <source>Discard autosaved work</source>
            <translation>Hylkää automaattisesti tallennetut työt</translation>
        </message>
        <message numerus="yes">
            <source>Delete the autosaved versions of %n map(s) for good?</source>
            <translation>
                <numerusform>Poistetaanko %n kartan automaattisesti tallennetut versiot lopullisesti?</numerusform>
                <numerusform>Poistetaanko %n kartan automaattisesti tallennetut versiot lopullisesti?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StateDifferences</name>
        <message>
            <source>%1 — changed: %2</source>
            <translation>%1 — muutettu: %2</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>(empty card)</source>
            <translation>(tyhjä kortti)</translation>
        </message>
        <message>
            <source>Cards added (%1)</source>
            <translation>Lisätyt kortit (%1)</translation>
        </message>
        <message>
            <source>Cards changed (%1)</source>
            <translation>Muutetut kortit (%1)</translation>
        </message>
        <message>
            <source>Cards removed (%1)</source>
            <translation>Poistetut kortit (%1)</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Ero</translation>
        </message>
        <message>
            <source>Differences between the states</source>
            <translation>Tilojen erot</translation>
        </message>
        <message>
            <source>Emotion changes (%1)</source>
            <translation>Tunnemuutokset (%1)</translation>
        </message>
        <message>
            <source>The two states are the same.</source>
            <translation>Tilat ovat samat.</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Missä</translation>
        </message>
        <message>
            <source>colour</source>
            <translation>väri</translation>
        </message>
        <message>
            <source>detail</source>
            <translation>lisätieto</translation>
        </message>
        <message>
            <source>lane</source>
            <translation>kaista</translation>
        </message>
        <message>
            <source>moment of truth</source>
            <translation>totuuden hetki</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ei arvoa</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>vastuuhenkilö</translation>
        </message>
        <message>
            <source>place</source>
            <translation>paikka</translation>
        </message>
        <message>
            <source>priority</source>
            <translation>prioriteetti</translation>
        </message>
        <message>
            <source>status</source>
            <translation>tila</translation>
        </message>
        <message>
            <source>text</source>
            <translation>teksti</translation>
        </message>
    </context>
    <context>
        <name>StatesController</name>
        <message>
            <source>State of the journey</source>
            <translation>Polun tila</translation>
        </message>
        <message>
            <source>The state on screen: the current state or an ideal state (Ctrl+PgDown: next)</source>
            <translation>Näytöllä oleva tila: nykytila tai tavoitetila (Ctrl+PgDown: seuraava)</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>Tila:</translation>
        </message>
        <message>
            <source>&amp;New Ideal State from Current…</source>
            <translation>&amp;Uusi tavoitetila nykytilasta…</translation>
        </message>
        <message>
            <source>&amp;Rename State…</source>
            <translation>&amp;Nimeä tila uudelleen…</translation>
        </message>
        <message>
            <source>&amp;Delete Ideal State</source>
            <translation>&amp;Poista tavoitetila</translation>
        </message>
        <message>
            <source>Show &amp;Current State</source>
            <translation>Näytä n&amp;ykytila</translation>
        </message>
        <message>
            <source>Ne&amp;xt State</source>
            <translation>&amp;Seuraava tila</translation>
        </message>
        <message>
            <source>&amp;Previous State</source>
            <translation>&amp;Edellinen tila</translation>
        </message>
        <message>
            <source>Compare States &amp;Side by Side…</source>
            <translation>&amp;Vertaa tiloja rinnakkain…</translation>
        </message>
        <message>
            <source>C&amp;urrent and Ideal States</source>
            <translation>&amp;Nykytila ja tavoitetilat</translation>
        </message>
        <message>
            <source>Current state</source>
            <translation>Nykytila</translation>
        </message>
        <message>
            <source>Showing %1</source>
            <translation>Näytöllä: %1</translation>
        </message>
        <message>
            <source>Ideal state</source>
            <translation>Tavoitetila</translation>
        </message>
        <message>
            <source>New Ideal State</source>
            <translation>Uusi tavoitetila</translation>
        </message>
        <message>
            <source>A copy of the current state, to change into the journey you aim for.
Name:</source>
            <translation>Kopio nykytilasta, jota muokataan tavoitellun polun mukaiseksi.
Nimi:</translation>
        </message>
        <message>
            <source>Rename State</source>
            <translation>Nimeä tila uudelleen</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nimi:</translation>
        </message>
        <message>
            <source>Deleted “%1”; Undo brings it back</source>
            <translation>Poistettiin ”%1”; kumoaminen palauttaa sen</translation>
        </message>
        <message>
            <source>Create an ideal state first to compare it.</source>
            <translation>Luo ensin tavoitetila, jotta voit verrata sitä.</translation>
        </message>
    </context>
    <context>
        <name>SurveyImport</name>
        <message>
            <source>%1 holds no answers.</source>
            <translation>Tiedostossa %1 ei ole vastauksia.</translation>
        </message>
        <message>
            <source>%1: the file is larger than 50 MB</source>
            <translation>%1: tiedosto on yli 50 Mt</translation>
        </message>
        <message>
            <source>Could not read %1: %2</source>
            <translation>Tiedostoa %1 ei voitu lukea: %2</translation>
        </message>
        <message>
            <source>Import Survey Answers</source>
            <translation>Tuo kyselyn vastaukset</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n survey answer(s).</source>
            <translation>
                <numerusform>Tuotiin %n kyselyvastaus.</numerusform>
                <numerusform>Tuotiin %n kyselyvastausta.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was imported. Correct the file and import it again:</source>
            <translation>Mitään ei tuotu. Korjaa tiedosto ja tuo se uudelleen:</translation>
        </message>
        <message>
            <source>Survey Answers Not Imported</source>
            <translation>Kyselyn vastauksia ei tuotu</translation>
        </message>
        <message>
            <source>Survey answers (*.csv);;All files (*)</source>
            <translation>Kyselyn vastaukset (*.csv);;Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <source>They went to the current state, which is now shown.</source>
            <translation>Ne lisättiin nykytilaan, joka on nyt näytöllä.</translation>
        </message>
    </context>
    <context>
        <name>TemplateChooser</name>
        <message>
            <source>New Journey Map</source>
            <translation>Uusi asiakaspolkukartta</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Pohjat</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Esikatselu</translation>
        </message>
    </context>
    <context>
        <name>TextLimit</name>
        <message>
            <source>The text was cut to %1 characters, the most a card or name can hold.</source>
            <translation>Teksti lyhennettiin %1 merkkiin, joka on kortin tai nimen enimmäispituus.</translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <source>Same as the system</source>
            <translation>Sama kuin järjestelmässä</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Vaalea</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Tumma</translation>
        </message>
        <message>
            <source>Projector (high contrast, large text)</source>
            <translation>Projektori (suuri kontrasti, isompi teksti)</translation>
        </message>
    </context>
    <context>
        <name>TimerDialog</name>
        <message>
            <source>Workshop Timer</source>
            <translation>Työpajan ajastin</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minuutit</translation>
        </message>
    </context>
    <context>
        <name>TimerOverlay</name>
        <message>
            <source>Workshop timer: %1 left</source>
            <translation>Työpajan ajastin: %1 jäljellä</translation>
        </message>
        <message>
            <source>Time is up</source>
            <translation>Aika on lopussa</translation>
        </message>
        <message>
            <source>Workshop timer: time is up</source>
            <translation>Työpajan ajastin: aika on lopussa</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>+1 Positive</source>
            <translation>+1 Myönteinen</translation>
        </message>
        <message>
            <source>+2 Very positive</source>
            <translation>+2 Erittäin myönteinen</translation>
        </message>
        <message>
            <source>0 Neutral</source>
            <translation>0 Neutraali</translation>
        </message>
        <message>
            <source>Articles &amp; reviews</source>
            <translation>Artikkelit ja arviot</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <source>Contact form</source>
            <translation>Yhteydenottolomake</translation>
        </message>
        <message>
            <source>Customer service</source>
            <translation>Asiakaspalvelu</translation>
        </message>
        <message>
            <source>Does</source>
            <translation>Tekee</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Valmis</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Sähköposti</translation>
        </message>
        <message>
            <source>Emotion curve</source>
            <translation>Tunnekäyrä</translation>
        </message>
        <message>
            <source>Expectations</source>
            <translation>Odotukset</translation>
        </message>
        <message>
            <source>Feels</source>
            <translation>Tuntee</translation>
        </message>
        <message>
            <source>Friends &amp; colleagues</source>
            <translation>Kollegat/tutut</translation>
        </message>
        <message>
            <source>Hears</source>
            <translation>Kuulee</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Korkea</translation>
        </message>
        <message>
            <source>Idea</source>
            <translation>Idea</translation>
        </message>
        <message>
            <source>Improvements</source>
            <translation>Kehitysideat</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Työn alla</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Matala</translation>
        </message>
        <message>
            <source>Marketing</source>
            <translation>Markkinointi</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Keskitaso</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>Mittarit</translation>
        </message>
        <message>
            <source>Mobile app</source>
            <translation>Mobiili</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Ei asetettu</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Muistiinpanot</translation>
        </message>
        <message>
            <source>Organisation mirror</source>
            <translation>Organisaation toiminnan peilaus</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Muu</translation>
        </message>
        <message>
            <source>Pain points</source>
            <translation>Kipupisteet</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Puhelin</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Suunniteltu</translation>
        </message>
        <message>
            <source>Sees</source>
            <translation>Näkee</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>Some</translation>
        </message>
        <message>
            <source>Store / in person</source>
            <translation>Myymälä / kasvokkain</translation>
        </message>
        <message>
            <source>Thinks</source>
            <translation>Ajattelee</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Kohtaamishetket</translation>
        </message>
        <message>
            <source>Web</source>
            <translation>Netti</translation>
        </message>
        <message>
            <source>−1 Negative</source>
            <translation>−1 Kielteinen</translation>
        </message>
        <message>
            <source>−2 Very negative</source>
            <translation>−2 Erittäin kielteinen</translation>
        </message>
    </context>
    <context>
        <name>Voting</name>
        <message>
            <source>Orange</source>
            <translation>Oranssi</translation>
        </message>
        <message>
            <source>Sky blue</source>
            <translation>Taivaansininen</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Vihreä</translation>
        </message>
        <message>
            <source>Yellow</source>
            <translation>Keltainen</translation>
        </message>
        <message>
            <source>Blue</source>
            <translation>Sininen</translation>
        </message>
        <message>
            <source>Vermilion</source>
            <translation>Punaoranssi</translation>
        </message>
        <message>
            <source>Purple</source>
            <translation>Purppura</translation>
        </message>
        <message>
            <source>Black</source>
            <translation>Musta</translation>
        </message>
    </context>
    <context>
        <name>VotingTool</name>
        <message>
            <source>Dot &amp;Voting</source>
            <translation>&amp;Pisteäänestys</translation>
        </message>
        <message>
            <source>Click cards to add a dot; right-click or Shift+click removes one</source>
            <translation>Napsauta korttia lisätäksesi pisteen; oikea napsautus tai Vaihto+napsautus poistaa pisteen</translation>
        </message>
        <message>
            <source>Participant &amp;Colour</source>
            <translation>Osallistujan &amp;väri</translation>
        </message>
        <message>
            <source>Dot voting: %1 · click adds, right-click removes · keys 1–8 change colour</source>
            <translation>Pisteäänestys: %1 · napsautus lisää, oikea napsautus poistaa · näppäimet 1–8 vaihtavat väriä</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Uusi…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Avaa…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Tallenna</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Tallenna &amp;nimellä…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Lopeta</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Avaa &amp;viimeisimmistä</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Kumoa</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Tee uudelleen</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Leikkaa</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>K&amp;opioi</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>L&amp;iitä</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Poista</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>Valitse k&amp;aikki</translation>
        </message>
        <message>
            <source>&amp;Edit Text</source>
            <translation>Muokkaa t&amp;ekstiä</translation>
        </message>
        <message>
            <source>&amp;Moment of Truth</source>
            <translation>Totuuden &amp;hetki</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>&amp;Palauta tallennettu</translation>
        </message>
        <message>
            <source>Dup&amp;licate</source>
            <translation>&amp;Monista</translation>
        </message>
        <message>
            <source>Card C&amp;olour</source>
            <translation>Kortin &amp;väri</translation>
        </message>
        <message>
            <source>Lane Default</source>
            <translation>Kaistan oletus</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>&amp;Lähennä</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>L&amp;oitonna</translation>
        </message>
        <message>
            <source>&amp;Fit Map</source>
            <translation>&amp;Sovita kartta</translation>
        </message>
        <message>
            <source>Fit &amp;Width</source>
            <translation>Sovita le&amp;veyteen</translation>
        </message>
        <message>
            <source>&amp;Actual Size (100 %)</source>
            <translation>&amp;Todellinen koko (100 %)</translation>
        </message>
        <message>
            <source>&amp;Phase</source>
            <translation>&amp;Vaihe</translation>
        </message>
        <message>
            <source>&amp;Touchpoint</source>
            <translation>&amp;Kohtaamishetki</translation>
        </message>
        <message>
            <source>&amp;Card in Current Cell</source>
            <translation>K&amp;ortti nykyiseen soluun</translation>
        </message>
        <message>
            <source>&amp;Lane</source>
            <translation>K&amp;aista</translation>
        </message>
        <message>
            <source>Next &amp;Pane</source>
            <translation>Seuraava &amp;paneeli</translation>
        </message>
        <message>
            <source>Pre&amp;vious Pane</source>
            <translation>&amp;Edellinen paneeli</translation>
        </message>
        <message>
            <source>Go to &amp;Map</source>
            <translation>Siirry &amp;karttaan</translation>
        </message>
        <message>
            <source>Go to P&amp;alette</source>
            <translation>Siirry pa&amp;lettiin</translation>
        </message>
        <message>
            <source>Go to &amp;Inspector</source>
            <translation>Siirry &amp;Ominaisuudet-paneeliin</translation>
        </message>
        <message>
            <source>Pre&amp;ferences…</source>
            <translation>A&amp;setukset…</translation>
        </message>
        <message>
            <source>&amp;Getting Started</source>
            <translation>&amp;Aloitusopas</translation>
        </message>
        <message>
            <source>&amp;About CX Designer</source>
            <translation>&amp;Tietoja CX Designerista</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Tiedosto</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Muokkaa</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Näytä</translation>
        </message>
        <message>
            <source>Pa&amp;lette</source>
            <translation>P&amp;aletti</translation>
        </message>
        <message>
            <source>I&amp;nspector</source>
            <translation>Ominaisuu&amp;det</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Historia</translation>
        </message>
        <message>
            <source>&amp;Go To</source>
            <translation>Siirry &amp;paneeliin</translation>
        </message>
        <message>
            <source>&amp;Insert</source>
            <translation>&amp;Lisää</translation>
        </message>
        <message>
            <source>&amp;Workshop</source>
            <translation>Työ&amp;paja</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>T&amp;yökalut</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Ohje</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Päätyökalurivi</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ei yhtään)</translation>
        </message>
    </context>
    <context>
        <name>WorkshopController</name>
        <message>
            <source>Moments of Truth</source>
            <translation>Totuuden hetket</translation>
        </message>
        <message>
            <source>Most Votes</source>
            <translation>Eniten ääniä</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Analyysi</translation>
        </message>
        <message>
            <source>Action Plan</source>
            <translation>Toimenpidesuunnitelma</translation>
        </message>
        <message>
            <source>Action P&amp;lan</source>
            <translation>Toimenpide&amp;suunnitelma</translation>
        </message>
        <message>
            <source>Start &amp;Timer…</source>
            <translation>Käynnistä &amp;ajastin…</translation>
        </message>
        <message>
            <source>St&amp;op Timer</source>
            <translation>P&amp;ysäytä ajastin</translation>
        </message>
        <message>
            <source>&amp;Import Survey Answers…</source>
            <translation>&amp;Tuo kyselyn vastaukset…</translation>
        </message>
        <message>
            <source>Card Is a Moment of &amp;Truth</source>
            <translation>Kortti on totuuden &amp;hetki</translation>
        </message>
        <message>
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <source>CES</source>
            <translation>CES</translation>
        </message>
        <message>
            <source>less</source>
            <translation>vähemmän</translation>
        </message>
    </context>
</TS>
