package org.carenetwork.facility.rest;

/** The examples of the HSDS operations' answers (the demo data's Toledo site and its IOP program). */
final class HsdsExamples {

    private HsdsExamples() {
    }

    static final String SERVICE_ID = "7d1b2c3e-4f50-4a61-8b72-000000000201";

    static final String LOCATION = """
            {"id": "5f0c1a52-7c1e-4a8e-9b0e-000000000101", "location_type": "physical",
             "organization_id": "0b6f3f7e-5d0c-4a7e-9c39-000000000001", "name": "Midwest Recovery Center",
             "latitude": 41.6528, "longitude": -83.5379,
             "languages": [{"id": "1e0f1ad5-27c8-3e4b-9f59-8a1b2c3d4e01", "location_id": "5f0c1a52-7c1e-4a8e-9b0e-000000000101",
               "name": "Spanish", "code": "es"}],
             "addresses": [{"id": "2a7c4c1e-6c1b-3e8d-8f20-7b6a5c4d3e02", "location_id": "5f0c1a52-7c1e-4a8e-9b0e-000000000101",
               "address_1": "1000 Example Ave", "city": "Toledo", "state_province": "OH", "postal_code": "43604",
               "country": "US", "address_type": "physical"}],
             "phones": [{"id": "3b8d5d2f-7d2c-3f9e-9031-8c7b6d5e4f03", "location_id": "5f0c1a52-7c1e-4a8e-9b0e-000000000101",
               "number": "+1-419-555-0100", "type": "voice"}]}""";

    static final String TERM_IOP = """
            {"id": "958ce16a-25e5-3fd5-b2b0-670303d77c73", "code": "IOP", "name": "Intensive outpatient (IOP)",
             "description": "Sessions of 3 to 4 hours, 3 to 5 days a week (9 to 19 hours a week for adults, 6 or more for adolescents), usually for 4 to 12 weeks.",
             "taxonomy": "level_of_care", "taxonomy_id": "39dd00de-264e-3cf8-acbd-505a1cbe7cdb",
             "term_uri": "https://carenet.example/hsds/taxonomies/level_of_care/IOP"}""";

    static final String TERM_MEDICAID = """
            {"id": "f34f1cc9-744b-36b8-aece-a66c424d03a9", "code": "MEDICAID", "name": "Medicaid",
             "description": "Medicaid: a payment type of the Care Network catalog. What a site accepts at all, as national directories record it.",
             "taxonomy": "payment_type", "taxonomy_id": "dbfbfe40-d4d7-3a57-8ac3-2bca85b2b467",
             "term_uri": "https://carenet.example/hsds/taxonomies/payment_type/MEDICAID"}""";

    static final String SERVICE = """
            {"id": "7d1b2c3e-4f50-4a61-8b72-000000000201", "organization_id": "0b6f3f7e-5d0c-4a7e-9c39-000000000001",
             "name": "Midwest Recovery Center: Intensive outpatient (IOP)",
             "description": "Sessions of 3 to 4 hours, 3 to 5 days a week (9 to 19 hours a week for adults, 6 or more for adolescents), usually for 4 to 12 weeks. ASAM level 2.1. 9 hours a week.",
             "url": "https://www.midwestrecoverycenter.example", "status": "active",
             "fees_description": "Accepts: medicaid.", "last_modified": "2026-11-20T14:03:00Z",
             "phones": [{"id": "4c9e6e30-8e3d-3a0f-a142-9d8c7e6f5a04", "service_id": "7d1b2c3e-4f50-4a61-8b72-000000000201",
               "number": "+1-419-555-0100", "type": "voice"}],
             "schedules": [{"id": "5daf7f41-9f4e-3b10-b253-ae9d8f7a6b05", "service_id": "7d1b2c3e-4f50-4a61-8b72-000000000201",
               "freq": "WEEKLY", "wkst": "MO", "byday": "MO,TU,WE,TH,FR", "description": "Evening sessions on weekdays"}],
             "service_areas": [{"id": "6eb08052-a05f-3c21-8364-bf0e9a8b7c06", "service_id": "7d1b2c3e-4f50-4a61-8b72-000000000201",
               "name": "OH", "description": "The site's state, OH; the catalog records no narrower area."}],
             "service_at_locations": [{"id": "7fc19163-b160-3d32-9475-c01fab9c8d07", "service_id": "7d1b2c3e-4f50-4a61-8b72-000000000201",
               "location_id": "5f0c1a52-7c1e-4a8e-9b0e-000000000101", "location": """ + LOCATION + """
            }],
             "languages": [{"id": "80d2a274-c271-3e43-a586-d120abad9e08", "service_id": "7d1b2c3e-4f50-4a61-8b72-000000000201",
               "name": "Spanish", "code": "es"}],
             "organization": {"id": "0b6f3f7e-5d0c-4a7e-9c39-000000000001", "name": "Midwest Recovery Centers",
               "description": "Midwest Recovery Centers: an organization (brand) of the Care Network, which runs its sites."},
             "cost_options": [{"id": "91e3b385-d382-3f54-96b7-e231bcbeaf09", "service_id": "7d1b2c3e-4f50-4a61-8b72-000000000201",
               "option": "Medicaid", "attributes": [{"id": "a2f4c496-e493-3065-a7c8-f342cdcfb00a",
                 "link_id": "91e3b385-d382-3f54-96b7-e231bcbeaf09", "link_entity": "cost_option",
                 "taxonomy_term_id": "f34f1cc9-744b-36b8-aece-a66c424d03a9", "taxonomy_term": """ + TERM_MEDICAID + """
            }]}],
             "attributes": [{"id": "b305d5a7-f5a4-3176-b8d9-0453dedac10b", "link_id": "7d1b2c3e-4f50-4a61-8b72-000000000201",
               "link_entity": "service", "taxonomy_term_id": "958ce16a-25e5-3fd5-b2b0-670303d77c73",
               "taxonomy_term": """ + TERM_IOP + """
            }]}""";

    static final String SERVICE_PAGE = """
            {"total_items": 1, "total_pages": 1, "page_number": 1, "size": 1, "first_page": true, "last_page": true,
             "empty": false, "contents": [""" + SERVICE + "]}";

    static final String ORGANIZATION_PAGE = """
            {"total_items": 1, "total_pages": 1, "page_number": 1, "size": 1, "first_page": true, "last_page": true,
             "empty": false, "contents": [{"id": "0b6f3f7e-5d0c-4a7e-9c39-000000000001", "name": "Midwest Recovery Centers",
               "description": "Midwest Recovery Centers: an organization (brand) of the Care Network, which runs its sites.",
               "website": "https://www.midwestrecoverycenter.example",
               "phones": [{"id": "c416e6b8-06b5-3287-89ea-1564efebd20c", "organization_id": "0b6f3f7e-5d0c-4a7e-9c39-000000000001",
                 "number": "+1-833-657-0858", "type": "voice"}]}]}""";

    static final String LOCATION_PAGE = """
            {"total_items": 1, "total_pages": 1, "page_number": 1, "size": 1, "first_page": true, "last_page": true,
             "empty": false, "contents": [""" + LOCATION + "]}";
}
