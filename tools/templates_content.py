"""The words of the built-in templates (see build_templates.py)."""

from __future__ import annotations

from cxdesigner.model import Channel as C
from cxdesigner.model import LaneKind as L
from cxdesigner.model import Persona

EX, TH, FE, SE, DO, PA, IM, BA = (
    L.EXPECTATIONS, L.THINKS, L.FEELS, L.SEES, L.DOES, L.PAIN_POINTS, L.IMPROVEMENTS, L.BACKSTAGE,
)


def _fi(lanes):
    return [(kind, fi) for kind, _en, fi in lanes]


def _en(lanes):
    return [(kind, en) for kind, en, _fi in lanes]


def palvelupolku_fi(build, lanes):
    return build(
        "Palvelupolku: uuden palvelun hankinta",
        "Asiakkaan polku tarpeen syntymisestä palvelun loppumiseen, asiakkaan sanoin.",
        "fi",
        Persona(
            "Maija, pienyrittäjä",
            "Vetää viiden hengen suunnittelutoimistoa ja hoitaa hankinnat itse työn lomassa.",
            ["Löytää luotettava kumppani nopeasti", "Tietää mitä maksaa", "Saada apua silloin kun tarvitsee"],
            "Aikani on kortilla – palvelun pitää vain toimia.",
        ),
        _fi(lanes),
        [
            {
                "name": "Tarpeen syntyminen",
                "cards": {BA: ["Markkinointi ja myynti eivät näe, mistä liidit tulevat"]},
                "touchpoints": [
                    ("Some", C.SOCIAL_MEDIA, 0, False, {
                        SE: ["Kilpailija kehuu somessa uutta palveluaan"],
                        TH: ["Tarvitsisinko minäkin tällaisen?"],
                    }),
                    ("Kollegat/tutut", C.FRIENDS_COLLEAGUES, 1, False, {
                        EX: ["Haluan kuulla kokemuksia joltakulta, johon luotan"],
                        SE: ["Kollega suosittelee palvelua kahvilla"],
                        FE: ["Utelias, vähän epäluuloinen"],
                    }),
                    ("Markkinointi", C.MARKETING, 0, False, {
                        SE: ["Mainos lupaa ”kaiken yhdellä sopimuksella”"],
                        PA: ["En ymmärrä mainoksesta, mitä palvelu oikeasti maksaa"],
                    }),
                ],
            },
            {
                "name": "Etsiminen",
                "touchpoints": [
                    ("Netti", C.WEB, -1, False, {
                        EX: ["Hinnat ja ehdot löytyvät helposti"],
                        DO: ["Vertailee kolmea palveluntarjoajaa illalla kotona"],
                        TH: ["Miksi hintoja ei kerrota suoraan?"],
                        PA: ["Hinnasto on piilotettu PDF:n taakse"],
                        IM: ["Selkeä hintalaskuri etusivulle"],
                    }),
                    ("Artikkelit", C.ARTICLES_REVIEWS, 0, False, {
                        DO: ["Lukee arvosteluja ja vertailuartikkelin"],
                        FE: ["Epävarma – arvostelut ovat ristiriitaisia"],
                    }),
                    ("Kollegat/tutut", C.FRIENDS_COLLEAGUES, 1, False, {
                        DO: ["Kysyy yrittäjäverkoston ryhmässä suosituksia"],
                        TH: ["Jos muutkin ovat tyytyväisiä, uskallan kokeilla"],
                    }),
                ],
            },
            {
                "name": "Sopimus / toteutus",
                "cards": {BA: ["Myyjä täyttää tiedot uudelleen CRM:ään käsin"]},
                "touchpoints": [
                    ("Yhteydenottolomake", C.CONTACT_FORM, -2, True, {
                        EX: ["Joku ottaa yhteyttä samana päivänä"],
                        DO: ["Täyttää lomakkeen ja odottaa"],
                        FE: ["Turhautunut, kun kukaan ei vastaa kolmeen päivään"],
                        PA: ["Lomake kysyy samat tiedot kahteen kertaan", "Ei vahvistusta siitä, että viesti meni perille"],
                        IM: ["Automaattinen vahvistus ja luvattu vastausaika", "Yhteydenotto samana päivänä"],
                    }),
                    ("Asiakaspalvelu", C.CUSTOMER_SERVICE, 1, False, {
                        SE: ["Asiantunteva myyjä käy vaihtoehdot läpi"],
                        FE: ["Helpottunut – joku ymmärtää tarpeeni"],
                        TH: ["Tämä kannattaa, kun saan kaiken samasta paikasta"],
                    }),
                ],
            },
            {
                "name": "Palvelujen käyttö",
                "touchpoints": [
                    ("Mobiili", C.MOBILE_APP, 1, False, {
                        DO: ["Tarkistaa tilanteen sovelluksesta junassa"],
                        FE: ["Tyytyväinen, kun kaikki näkyy yhdellä silmäyksellä"],
                        IM: ["Ilmoitus, kun jotain vaatii toimenpiteitä"],
                    }),
                    ("Asiakaspalvelu", C.CUSTOMER_SERVICE, -1, True, {
                        EX: ["Ongelma ratkeaa yhdellä yhteydenotolla"],
                        DO: ["Soittaa laskutusvirheestä"],
                        PA: ["Joutuu kertomaan asiansa kolmelle eri henkilölle"],
                        IM: ["Asiakkaan historia näkyy kaikille palvelijoille"],
                    }),
                ],
            },
            {
                "name": "Loppuminen",
                "touchpoints": [
                    ("Asiakaspalvelu", C.CUSTOMER_SERVICE, 0, False, {
                        DO: ["Irtisanoo sopimuksen yrityksen muuttaessa"],
                        TH: ["Toivottavasti lopettaminen on yhtä helppoa kuin aloittaminen"],
                        IM: ["Palaute ja kiitos asiakkuuden päättyessä"],
                    }),
                ],
            },
        ],
    )


def service_journey_en(build, lanes):
    return build(
        "Service journey: buying a new service",
        "The customer's path from the first need to the end of the service, in the customer's words.",
        "en",
        Persona(
            "Maya, small-business owner",
            "Runs a five-person design studio and handles purchasing herself between client work.",
            ["Find a trustworthy partner fast", "Know what it costs", "Get help when she needs it"],
            "My time is short – the service just has to work.",
        ),
        _en(lanes),
        [
            {
                "name": "Need arises",
                "cards": {BA: ["Marketing and sales can't see where leads come from"]},
                "touchpoints": [
                    ("Social media", C.SOCIAL_MEDIA, 0, False, {
                        SE: ["A competitor praises their new service on social media"],
                        TH: ["Do I need one of these too?"],
                    }),
                    ("Colleagues & friends", C.FRIENDS_COLLEAGUES, 1, False, {
                        EX: ["I want to hear from someone I trust"],
                        SE: ["A colleague recommends the service over coffee"],
                        FE: ["Curious, a little suspicious"],
                    }),
                    ("Marketing", C.MARKETING, 0, False, {
                        SE: ["An ad promises “everything in one contract”"],
                        PA: ["I can't tell from the ad what it really costs"],
                    }),
                ],
            },
            {
                "name": "Searching",
                "touchpoints": [
                    ("Web", C.WEB, -1, False, {
                        EX: ["Prices and terms are easy to find"],
                        DO: ["Compares three providers at home in the evening"],
                        TH: ["Why don't they just tell me the price?"],
                        PA: ["The price list is hidden behind a PDF"],
                        IM: ["A clear price calculator on the front page"],
                    }),
                    ("Articles", C.ARTICLES_REVIEWS, 0, False, {
                        DO: ["Reads reviews and a comparison article"],
                        FE: ["Unsure – the reviews contradict each other"],
                    }),
                    ("Colleagues & friends", C.FRIENDS_COLLEAGUES, 1, False, {
                        DO: ["Asks for recommendations in an entrepreneurs' group"],
                        TH: ["If others are happy, I'll dare to try"],
                    }),
                ],
            },
            {
                "name": "Agreement / implementation",
                "cards": {BA: ["Sales re-types the details into the CRM by hand"]},
                "touchpoints": [
                    ("Contact form", C.CONTACT_FORM, -2, True, {
                        EX: ["Someone gets back to me the same day"],
                        DO: ["Fills in the form and waits"],
                        FE: ["Frustrated when nobody answers for three days"],
                        PA: ["The form asks for the same details twice", "No confirmation that the message arrived"],
                        IM: ["Automatic confirmation with a promised reply time", "Call back the same day"],
                    }),
                    ("Customer service", C.CUSTOMER_SERVICE, 1, False, {
                        SE: ["A knowledgeable salesperson goes through the options"],
                        FE: ["Relieved – someone understands what I need"],
                        TH: ["Worth it if I get everything from one place"],
                    }),
                ],
            },
            {
                "name": "Using the service",
                "touchpoints": [
                    ("Mobile", C.MOBILE_APP, 1, False, {
                        DO: ["Checks the status in the app on the train"],
                        FE: ["Pleased to see everything at a glance"],
                        IM: ["A notification when something needs action"],
                    }),
                    ("Customer service", C.CUSTOMER_SERVICE, -1, True, {
                        EX: ["One contact solves the problem"],
                        DO: ["Calls about a billing error"],
                        PA: ["Has to explain the issue to three different people"],
                        IM: ["Every agent sees the customer's history"],
                    }),
                ],
            },
            {
                "name": "Ending",
                "touchpoints": [
                    ("Customer service", C.CUSTOMER_SERVICE, 0, False, {
                        DO: ["Cancels the contract when the company moves"],
                        TH: ["I hope leaving is as easy as joining"],
                        IM: ["Ask for feedback and say thank you at the end"],
                    }),
                ],
            },
        ],
    )


def retail_omnichannel_en(build, lanes):
    return build(
        "Omnichannel purchase journey",
        "From browsing at home to a frictionless purchase in the store and after-sales, with the same digital services everywhere.",
        "en",
        Persona(
            "Leo, busy parent",
            "Shops in the evening on his phone and prefers to see bigger purchases in the store.",
            ["Get personal recommendations", "Pay without queuing", "Find help after the purchase"],
            "Recognise me – online and in the store.",
        ),
        [(EX, "Expectations"), (TH, "Thinks"), (FE, "Feels"), (DO, "Does"), (PA, "Pain points"),
         (IM, "Improvements"), (BA, "Organisation mirror"), (L.EMOTION_CURVE, "Emotion curve")],
        [
            {"name": "Explore at home", "touchpoints": [
                ("Online store", C.WEB, 1, False, {
                    DO: ["Browses sofas on the sofa in the evening"],
                    EX: ["Fast pages and honest stock levels"],
                }),
                ("Recommendations & wish list", C.MOBILE_APP, 1, False, {
                    DO: ["Saves two favourites to a wish list"],
                    TH: ["The suggestions actually fit my taste"],
                }),
                ("Chat", C.CHAT, 0, False, {
                    DO: ["Asks in chat whether the fabric is washable"],
                    PA: ["The chat bot doesn't understand the question"],
                    IM: ["Hand over to a person in one click"],
                }),
            ]},
            {"name": "Move to the store", "touchpoints": [
                ("Store visit", C.STORE, 1, True, {
                    EX: ["Staff know what I looked at online"],
                    FE: ["Welcome – the salesperson opens my wish list"],
                    BA: ["Store staff see online wish lists on their tablets"],
                }),
            ]},
            {"name": "Purchase", "touchpoints": [
                ("Checkout", C.STORE, -1, False, {
                    DO: ["Wants to pay with the app"],
                    PA: ["The queue at the till is ten minutes long"],
                    IM: ["Pay in the app and walk out"],
                }),
                ("Delivery booking", C.WEB, 0, False, {
                    DO: ["Chooses a delivery slot"],
                    TH: ["I hope they really come on Saturday"],
                }),
            ]},
            {"name": "After-sales and community", "touchpoints": [
                ("E-mail", C.EMAIL, 1, False, {
                    FE: ["Happy with the care instructions and thank-you message"],
                }),
                ("Community", C.SOCIAL_MEDIA, 2, False, {
                    DO: ["Shares a photo of the new living room"],
                    IM: ["Invite happy customers to a styling evening"],
                }),
            ]},
        ],
    )


def learning_journey_en(build, lanes):
    return build(
        "Learning journey: an online course",
        "An individual experience even when twenty people share it: clear goals, immediate feedback, and a balance of skill and challenge.",
        "en",
        Persona(
            "Sara, adult learner",
            "Studies data skills alongside a full-time job.",
            ["Keep up a steady pace", "Get feedback in time", "Feel part of the group"],
            "Tell me where I stand – before it's too late to fix it.",
        ),
        [(EX, "Expectations"), (TH, "Thinks"), (FE, "Feels"), (DO, "Does"), (PA, "Pain points"),
         (IM, "Improvements"), (L.EMOTION_CURVE, "Emotion curve")],
        [
            {"name": "Enrolment", "touchpoints": [
                ("Course page", C.WEB, 1, False, {
                    EX: ["Clear goals and the weekly workload"],
                    DO: ["Reads the syllabus and enrols"],
                }),
            ]},
            {"name": "Getting started", "touchpoints": [
                ("Welcome e-mail", C.EMAIL, 0, False, {
                    TH: ["Where do I begin?"],
                    PA: ["Five links, no first step"],
                    IM: ["One clear ‘start here’ task"],
                }),
                ("First session", C.STORE, 1, True, {
                    FE: ["Included – the teacher knows my name"],
                    DO: ["Introduces herself to the group"],
                }),
            ]},
            {"name": "Learning", "touchpoints": [
                ("Assignments", C.WEB, -1, False, {
                    DO: ["Submits the first assignment late at night"],
                    PA: ["Feedback arrives after two weeks"],
                    IM: ["Automatic checks give instant feedback"],
                }),
                ("Discussion forum", C.SOCIAL_MEDIA, 1, False, {
                    FE: ["In flow when a peer answers in minutes"],
                }),
            ]},
            {"name": "Completion", "touchpoints": [
                ("Certificate", C.EMAIL, 2, True, {
                    FE: ["Proud"],
                    TH: ["What should I learn next?"],
                    IM: ["Suggest a next course based on interests"],
                }),
            ]},
        ],
    )


def blank(build, lanes):
    return build(
        "Untitled journey",
        "",
        "en",
        Persona(),
        [(EX, "Expectations"), (TH, "Thinks"), (FE, "Feels"), (DO, "Does"), (PA, "Pain points"),
         (IM, "Improvements"), (L.EMOTION_CURVE, "Emotion curve")],
        [
            {"name": "Phase 1", "touchpoints": [("Touchpoint", C.OTHER, None, False)]},
            {"name": "Phase 2", "touchpoints": [("Touchpoint", C.OTHER, None, False)]},
            {"name": "Phase 3", "touchpoints": [("Touchpoint", C.OTHER, None, False)]},
        ],
    )


def TEMPLATES(build, lanes):  # noqa: N802 - the registry read by build_templates.py
    return {
        "palvelupolku-fi": palvelupolku_fi(build, lanes),
        "service-journey-en": service_journey_en(build, lanes),
        "retail-omnichannel-en": retail_omnichannel_en(build, lanes),
        "learning-journey-en": learning_journey_en(build, lanes),
        "blank": blank(build, lanes),
    }
