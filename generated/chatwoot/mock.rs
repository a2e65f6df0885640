use super::Client;
use super::support::{mock_segment, Style, Paging};
use super::types;

pub use super::support::MockOperation;

/// A mock server of the API on a loopback address (`wiremock`'s), for your
/// tests: each operation's method mounts what it answers; [`Self::client`] is a
/// client of it. The counts that expectations name are checked when the server
/// is dropped.
pub struct MockServer {
    server: wiremock::MockServer,
}

impl MockServer {
    /// Starts a server on a free port of 127.0.0.1.
    pub async fn start() -> Self {
        Self {
            server: wiremock::MockServer::start().await,
        }
    }

    /// The server's address, as a base URL.
    pub fn uri(&self) -> String {
        self.server.uri()
    }

    /// A client of the server, every credential set to `mock`.
    pub fn client(&self) -> Client {
        Client::new(self.server.uri())
            .expect("a mock server's address is a base URL")
            .with_user_api_key("mock")
            .with_agent_bot_api_key("mock")
    }

    /// The `wiremock` server, for what the operations' methods do not cover.
    pub fn server(&self) -> &wiremock::MockServer {
        &self.server
    }
}

impl MockServer {
    /// Mocks [`Client::get_account_details`], `GET /api/v1/accounts/{account_id}`: the
    /// requests of this method to this path.
    pub fn get_account_details(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, types::AccountShowResponse> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(&self.server, "GET", &["/api/v1/accounts/", &account_id], 200)
    }

    /// Mocks [`Client::update_account`], `PATCH /api/v1/accounts/{account_id}`: the
    /// requests of this method to this path.
    pub fn update_account(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, types::AccountDetail> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "PATCH",
            &["/api/v1/accounts/", &account_id],
            200,
        )
    }

    /// Mocks [`Client::get_account_audit_logs`], `GET
    /// /api/v1/accounts/{account_id}/audit_logs`: the requests of this method to this path.
    /// `respond_pages` answers its pages in turn.
    pub fn get_account_audit_logs(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, types::GetAccountAuditLogsResponse> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
                &self.server,
                "GET",
                &["/api/v1/accounts/", &account_id, "/audit_logs"],
                200,
            )
            .paged(Paging::EmptyAfter(&["audit_logs"]))
    }

    /// Mocks [`Client::list_all_account_agent_bots`], `GET
    /// /api/v1/accounts/{account_id}/agent_bots`: the requests of this method to this path.
    pub fn list_all_account_agent_bots(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, Vec<types::AgentBot>> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "GET",
            &["/api/v1/accounts/", &account_id, "/agent_bots"],
            200,
        )
    }

    /// Mocks [`Client::create_an_account_agent_bot`], `POST
    /// /api/v1/accounts/{account_id}/agent_bots`: the requests of this method to this path.
    pub fn create_an_account_agent_bot(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, types::AgentBot> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "POST",
            &["/api/v1/accounts/", &account_id, "/agent_bots"],
            200,
        )
    }

    /// Mocks [`Client::get_details_of_a_single_account_agent_bot`], `GET
    /// /api/v1/accounts/{account_id}/agent_bots/{id}`: the requests of this method to this
    /// path.
    pub fn get_details_of_a_single_account_agent_bot(
        &self,
        account_id: i64,
        id: i64,
    ) -> MockOperation<'_, types::AgentBot> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let id = mock_segment("id", &id, Style::Simple { explode: false });
        MockOperation::new(
            &self.server,
            "GET",
            &["/api/v1/accounts/", &account_id, "/agent_bots/", &id],
            200,
        )
    }

    /// Mocks [`Client::delete_an_account_agent_bot`], `DELETE
    /// /api/v1/accounts/{account_id}/agent_bots/{id}`: the requests of this method to this
    /// path.
    pub fn delete_an_account_agent_bot(
        &self,
        account_id: i64,
        id: i64,
    ) -> MockOperation<'_, ()> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let id = mock_segment("id", &id, Style::Simple { explode: false });
        MockOperation::new(
            &self.server,
            "DELETE",
            &["/api/v1/accounts/", &account_id, "/agent_bots/", &id],
            200,
        )
    }

    /// Mocks [`Client::update_an_account_agent_bot`], `PATCH
    /// /api/v1/accounts/{account_id}/agent_bots/{id}`: the requests of this method to this
    /// path.
    pub fn update_an_account_agent_bot(
        &self,
        account_id: i64,
        id: i64,
    ) -> MockOperation<'_, types::AgentBot> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let id = mock_segment("id", &id, Style::Simple { explode: false });
        MockOperation::new(
            &self.server,
            "PATCH",
            &["/api/v1/accounts/", &account_id, "/agent_bots/", &id],
            200,
        )
    }

    /// Mocks [`Client::get_account_agents`], `GET /api/v1/accounts/{account_id}/agents`:
    /// the requests of this method to this path.
    pub fn get_account_agents(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, Vec<types::Agent>> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "GET",
            &["/api/v1/accounts/", &account_id, "/agents"],
            200,
        )
    }

    /// Mocks [`Client::add_new_agent_to_account`], `POST
    /// /api/v1/accounts/{account_id}/agents`: the requests of this method to this path.
    pub fn add_new_agent_to_account(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, types::Agent> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "POST",
            &["/api/v1/accounts/", &account_id, "/agents"],
            200,
        )
    }

    /// Mocks [`Client::delete_agent_from_account`], `DELETE
    /// /api/v1/accounts/{account_id}/agents/{id}`: the requests of this method to this
    /// path.
    pub fn delete_agent_from_account(
        &self,
        account_id: i64,
        id: i64,
    ) -> MockOperation<'_, ()> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let id = mock_segment("id", &id, Style::Simple { explode: false });
        MockOperation::new(
            &self.server,
            "DELETE",
            &["/api/v1/accounts/", &account_id, "/agents/", &id],
            200,
        )
    }

    /// Mocks [`Client::update_agent_in_account`], `PATCH
    /// /api/v1/accounts/{account_id}/agents/{id}`: the requests of this method to this
    /// path.
    pub fn update_agent_in_account(
        &self,
        account_id: i64,
        id: i64,
    ) -> MockOperation<'_, types::Agent> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let id = mock_segment("id", &id, Style::Simple { explode: false });
        MockOperation::new(
            &self.server,
            "PATCH",
            &["/api/v1/accounts/", &account_id, "/agents/", &id],
            200,
        )
    }

    /// Mocks [`Client::get_account_canned_response`], `GET
    /// /api/v1/accounts/{account_id}/canned_responses`: the requests of this method to this
    /// path.
    pub fn get_account_canned_response(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, Vec<types::CannedResponse>> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "GET",
            &["/api/v1/accounts/", &account_id, "/canned_responses"],
            200,
        )
    }

    /// Mocks [`Client::add_new_canned_response_to_account`], `POST
    /// /api/v1/accounts/{account_id}/canned_responses`: the requests of this method to this
    /// path.
    pub fn add_new_canned_response_to_account(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, types::CannedResponse> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "POST",
            &["/api/v1/accounts/", &account_id, "/canned_responses"],
            200,
        )
    }

    /// Mocks [`Client::delete_canned_response_from_account`], `DELETE
    /// /api/v1/accounts/{account_id}/canned_responses/{id}`: the requests of this method to
    /// this path.
    pub fn delete_canned_response_from_account(
        &self,
        account_id: i64,
        id: i64,
    ) -> MockOperation<'_, ()> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let id = mock_segment("id", &id, Style::Simple { explode: false });
        MockOperation::new(
            &self.server,
            "DELETE",
            &["/api/v1/accounts/", &account_id, "/canned_responses/", &id],
            200,
        )
    }

    /// Mocks [`Client::update_canned_response_in_account`], `PATCH
    /// /api/v1/accounts/{account_id}/canned_responses/{id}`: the requests of this method to
    /// this path.
    pub fn update_canned_response_in_account(
        &self,
        account_id: i64,
        id: i64,
    ) -> MockOperation<'_, types::CannedResponse> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let id = mock_segment("id", &id, Style::Simple { explode: false });
        MockOperation::new(
            &self.server,
            "PATCH",
            &["/api/v1/accounts/", &account_id, "/canned_responses/", &id],
            200,
        )
    }

    /// Mocks [`Client::get_account_custom_attribute`], `GET
    /// /api/v1/accounts/{account_id}/custom_attribute_definitions`: the requests of this
    /// method to this path.
    pub fn get_account_custom_attribute(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, Vec<types::CustomAttribute>> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "GET",
            &["/api/v1/accounts/", &account_id, "/custom_attribute_definitions"],
            200,
        )
    }

    /// Mocks [`Client::add_new_custom_attribute_to_account`], `POST
    /// /api/v1/accounts/{account_id}/custom_attribute_definitions`: the requests of this
    /// method to this path.
    pub fn add_new_custom_attribute_to_account(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, types::CustomAttribute> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "POST",
            &["/api/v1/accounts/", &account_id, "/custom_attribute_definitions"],
            200,
        )
    }

    /// Mocks [`Client::get_details_of_a_single_custom_attribute`], `GET
    /// /api/v1/accounts/{account_id}/custom_attribute_definitions/{id}`: the requests of
    /// this method to this path.
    pub fn get_details_of_a_single_custom_attribute(
        &self,
        account_id: i64,
        id: i64,
    ) -> MockOperation<'_, types::CustomAttribute> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let id = mock_segment("id", &id, Style::Simple { explode: false });
        MockOperation::new(
            &self.server,
            "GET",
            &["/api/v1/accounts/", &account_id, "/custom_attribute_definitions/", &id],
            200,
        )
    }

    /// Mocks [`Client::delete_custom_attribute_from_account`], `DELETE
    /// /api/v1/accounts/{account_id}/custom_attribute_definitions/{id}`: the requests of
    /// this method to this path.
    pub fn delete_custom_attribute_from_account(
        &self,
        account_id: i64,
        id: i64,
    ) -> MockOperation<'_, ()> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let id = mock_segment("id", &id, Style::Simple { explode: false });
        MockOperation::new(
            &self.server,
            "DELETE",
            &["/api/v1/accounts/", &account_id, "/custom_attribute_definitions/", &id],
            200,
        )
    }

    /// Mocks [`Client::update_custom_attribute_in_account`], `PATCH
    /// /api/v1/accounts/{account_id}/custom_attribute_definitions/{id}`: the requests of
    /// this method to this path.
    pub fn update_custom_attribute_in_account(
        &self,
        account_id: i64,
        id: i64,
    ) -> MockOperation<'_, types::CustomAttribute> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let id = mock_segment("id", &id, Style::Simple { explode: false });
        MockOperation::new(
            &self.server,
            "PATCH",
            &["/api/v1/accounts/", &account_id, "/custom_attribute_definitions/", &id],
            200,
        )
    }

    /// Mocks [`Client::contact_list`], `GET /api/v1/accounts/{account_id}/contacts`: the
    /// requests of this method to this path. `respond_pages` answers its pages in turn.
    pub fn contact_list(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, types::ContactsListResponse> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
                &self.server,
                "GET",
                &["/api/v1/accounts/", &account_id, "/contacts"],
                200,
            )
            .paged(Paging::EmptyAfter(&["payload"]))
    }

    /// Mocks [`Client::contact_create`], `POST /api/v1/accounts/{account_id}/contacts`: the
    /// requests of this method to this path.
    pub fn contact_create(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, types::ExtendedContact> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "POST",
            &["/api/v1/accounts/", &account_id, "/contacts"],
            200,
        )
    }

    /// Mocks [`Client::contact_details`], `GET
    /// /api/v1/accounts/{account_id}/contacts/{id}`: the requests of this method to this
    /// path.
    pub fn contact_details(
        &self,
        account_id: i64,
        id: f64,
    ) -> MockOperation<'_, types::ContactShowResponse> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let id = mock_segment("id", &id, Style::Simple { explode: false });
        MockOperation::new(
            &self.server,
            "GET",
            &["/api/v1/accounts/", &account_id, "/contacts/", &id],
            200,
        )
    }

    /// Mocks [`Client::contact_update`], `PUT /api/v1/accounts/{account_id}/contacts/{id}`:
    /// the requests of this method to this path.
    pub fn contact_update(
        &self,
        account_id: i64,
        id: f64,
    ) -> MockOperation<'_, types::ContactBase> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let id = mock_segment("id", &id, Style::Simple { explode: false });
        MockOperation::new(
            &self.server,
            "PUT",
            &["/api/v1/accounts/", &account_id, "/contacts/", &id],
            204,
        )
    }

    /// Mocks [`Client::contact_delete`], `DELETE
    /// /api/v1/accounts/{account_id}/contacts/{id}`: the requests of this method to this
    /// path.
    pub fn contact_delete(&self, account_id: i64, id: f64) -> MockOperation<'_, ()> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let id = mock_segment("id", &id, Style::Simple { explode: false });
        MockOperation::new(
            &self.server,
            "DELETE",
            &["/api/v1/accounts/", &account_id, "/contacts/", &id],
            200,
        )
    }

    /// Mocks [`Client::contact_conversations`], `GET
    /// /api/v1/accounts/{account_id}/contacts/{id}/conversations`: the requests of this
    /// method to this path.
    pub fn contact_conversations(
        &self,
        account_id: i64,
        id: f64,
    ) -> MockOperation<'_, types::ContactConversationsResponse> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let id = mock_segment("id", &id, Style::Simple { explode: false });
        MockOperation::new(
            &self.server,
            "GET",
            &["/api/v1/accounts/", &account_id, "/contacts/", &id, "/conversations"],
            200,
        )
    }

    /// Mocks [`Client::list_all_labels_of_a_contact`], `GET
    /// /api/v1/accounts/{account_id}/contacts/{id}/labels`: the requests of this method to
    /// this path.
    pub fn list_all_labels_of_a_contact(
        &self,
        account_id: i64,
        id: f64,
    ) -> MockOperation<'_, types::ContactLabels> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let id = mock_segment("id", &id, Style::Simple { explode: false });
        MockOperation::new(
            &self.server,
            "GET",
            &["/api/v1/accounts/", &account_id, "/contacts/", &id, "/labels"],
            200,
        )
    }

    /// Mocks [`Client::contact_add_labels`], `POST
    /// /api/v1/accounts/{account_id}/contacts/{id}/labels`: the requests of this method to
    /// this path.
    pub fn contact_add_labels(
        &self,
        account_id: i64,
        id: f64,
    ) -> MockOperation<'_, types::ContactLabels> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let id = mock_segment("id", &id, Style::Simple { explode: false });
        MockOperation::new(
            &self.server,
            "POST",
            &["/api/v1/accounts/", &account_id, "/contacts/", &id, "/labels"],
            200,
        )
    }

    /// Mocks [`Client::contact_search`], `GET
    /// /api/v1/accounts/{account_id}/contacts/search`: the requests of this method to this
    /// path. `respond_pages` answers its pages in turn.
    pub fn contact_search(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, types::ContactsListResponse> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
                &self.server,
                "GET",
                &["/api/v1/accounts/", &account_id, "/contacts/search"],
                200,
            )
            .paged(Paging::EmptyAfter(&["payload"]))
    }

    /// Mocks [`Client::contact_filter`], `POST
    /// /api/v1/accounts/{account_id}/contacts/filter`: the requests of this method to this
    /// path.
    pub fn contact_filter(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, types::ContactsListResponse> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "POST",
            &["/api/v1/accounts/", &account_id, "/contacts/filter"],
            200,
        )
    }

    /// Mocks [`Client::contact_inbox_creation`], `POST
    /// /api/v1/accounts/{account_id}/contacts/{id}/contact_inboxes`: the requests of this
    /// method to this path.
    pub fn contact_inbox_creation(
        &self,
        account_id: i64,
        id: f64,
    ) -> MockOperation<'_, types::ContactInboxes> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let id = mock_segment("id", &id, Style::Simple { explode: false });
        MockOperation::new(
            &self.server,
            "POST",
            &["/api/v1/accounts/", &account_id, "/contacts/", &id, "/contact_inboxes"],
            200,
        )
    }

    /// Mocks [`Client::contactable_inboxes_get`], `GET
    /// /api/v1/accounts/{account_id}/contacts/{id}/contactable_inboxes`: the requests of
    /// this method to this path.
    pub fn contactable_inboxes_get(
        &self,
        account_id: i64,
        id: f64,
    ) -> MockOperation<'_, types::ContactableInboxesResponse> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let id = mock_segment("id", &id, Style::Simple { explode: false });
        MockOperation::new(
            &self.server,
            "GET",
            &[
                "/api/v1/accounts/",
                &account_id,
                "/contacts/",
                &id,
                "/contactable_inboxes",
            ],
            200,
        )
    }

    /// Mocks [`Client::get_account_automation_rule`], `GET
    /// /api/v1/accounts/{account_id}/automation_rules`: the requests of this method to this
    /// path.
    pub fn get_account_automation_rule(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, types::AutomationRule> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "GET",
            &["/api/v1/accounts/", &account_id, "/automation_rules"],
            200,
        )
    }

    /// Mocks [`Client::add_new_automation_rule_to_account`], `POST
    /// /api/v1/accounts/{account_id}/automation_rules`: the requests of this method to this
    /// path.
    pub fn add_new_automation_rule_to_account(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, types::AutomationRule> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "POST",
            &["/api/v1/accounts/", &account_id, "/automation_rules"],
            200,
        )
    }

    /// Mocks [`Client::get_details_of_a_single_automation_rule`], `GET
    /// /api/v1/accounts/{account_id}/automation_rules/{id}`: the requests of this method to
    /// this path.
    pub fn get_details_of_a_single_automation_rule(
        &self,
        account_id: i64,
        id: i64,
    ) -> MockOperation<'_, types::AutomationRule> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let id = mock_segment("id", &id, Style::Simple { explode: false });
        MockOperation::new(
            &self.server,
            "GET",
            &["/api/v1/accounts/", &account_id, "/automation_rules/", &id],
            200,
        )
    }

    /// Mocks [`Client::delete_automation_rule_from_account`], `DELETE
    /// /api/v1/accounts/{account_id}/automation_rules/{id}`: the requests of this method to
    /// this path.
    pub fn delete_automation_rule_from_account(
        &self,
        account_id: i64,
        id: i64,
    ) -> MockOperation<'_, ()> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let id = mock_segment("id", &id, Style::Simple { explode: false });
        MockOperation::new(
            &self.server,
            "DELETE",
            &["/api/v1/accounts/", &account_id, "/automation_rules/", &id],
            200,
        )
    }

    /// Mocks [`Client::update_automation_rule_in_account`], `PATCH
    /// /api/v1/accounts/{account_id}/automation_rules/{id}`: the requests of this method to
    /// this path.
    pub fn update_automation_rule_in_account(
        &self,
        account_id: i64,
        id: i64,
    ) -> MockOperation<'_, types::AutomationRule> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let id = mock_segment("id", &id, Style::Simple { explode: false });
        MockOperation::new(
            &self.server,
            "PATCH",
            &["/api/v1/accounts/", &account_id, "/automation_rules/", &id],
            200,
        )
    }

    /// Mocks [`Client::get_portal`], `GET /api/v1/accounts/{account_id}/portals`: the
    /// requests of this method to this path.
    pub fn get_portal(&self, account_id: i64) -> MockOperation<'_, types::Portal> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "GET",
            &["/api/v1/accounts/", &account_id, "/portals"],
            200,
        )
    }

    /// Mocks [`Client::add_new_portal_to_account`], `POST
    /// /api/v1/accounts/{account_id}/portals`: the requests of this method to this path.
    pub fn add_new_portal_to_account(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, types::Portal> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "POST",
            &["/api/v1/accounts/", &account_id, "/portals"],
            200,
        )
    }

    /// Mocks [`Client::update_portal_to_account`], `PATCH
    /// /api/v1/accounts/{account_id}/portals/{id}`: the requests of this method to this
    /// path.
    pub fn update_portal_to_account(
        &self,
        account_id: i64,
        id: impl Into<String>,
    ) -> MockOperation<'_, types::PortalSingle> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let id = mock_segment(
            "id",
            &Into::<String>::into(id),
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "PATCH",
            &["/api/v1/accounts/", &account_id, "/portals/", &id],
            200,
        )
    }

    /// Mocks [`Client::add_new_category_to_account`], `POST
    /// /api/v1/accounts/{account_id}/portals/{id}/categories`: the requests of this method
    /// to this path.
    pub fn add_new_category_to_account(
        &self,
        account_id: i64,
        id: impl Into<String>,
    ) -> MockOperation<'_, types::Category> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let id = mock_segment(
            "id",
            &Into::<String>::into(id),
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "POST",
            &["/api/v1/accounts/", &account_id, "/portals/", &id, "/categories"],
            200,
        )
    }

    /// Mocks [`Client::add_new_article_to_account`], `POST
    /// /api/v1/accounts/{account_id}/portals/{id}/articles`: the requests of this method to
    /// this path.
    pub fn add_new_article_to_account(
        &self,
        account_id: i64,
        id: impl Into<String>,
    ) -> MockOperation<'_, types::Article> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let id = mock_segment(
            "id",
            &Into::<String>::into(id),
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "POST",
            &["/api/v1/accounts/", &account_id, "/portals/", &id, "/articles"],
            200,
        )
    }

    /// Mocks [`Client::conversation_list_meta`], `GET
    /// /api/v1/accounts/{account_id}/conversations/meta`: the requests of this method to
    /// this path.
    pub fn conversation_list_meta(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, types::ConversationListMetaResponse> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "GET",
            &["/api/v1/accounts/", &account_id, "/conversations/meta"],
            200,
        )
    }

    /// Mocks [`Client::conversation_list`], `GET
    /// /api/v1/accounts/{account_id}/conversations`: the requests of this method to this
    /// path. `respond_pages` answers its pages in turn.
    pub fn conversation_list(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, types::ConversationList> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
                &self.server,
                "GET",
                &["/api/v1/accounts/", &account_id, "/conversations"],
                200,
            )
            .paged(Paging::EmptyAfter(&["data", "payload"]))
    }

    /// Mocks [`Client::new_conversation`], `POST
    /// /api/v1/accounts/{account_id}/conversations`: the requests of this method to this
    /// path.
    pub fn new_conversation(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, types::NewConversationResponse> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "POST",
            &["/api/v1/accounts/", &account_id, "/conversations"],
            200,
        )
    }

    /// Mocks [`Client::conversation_filter`], `POST
    /// /api/v1/accounts/{account_id}/conversations/filter`: the requests of this method to
    /// this path.
    pub fn conversation_filter(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, types::ConversationList> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "POST",
            &["/api/v1/accounts/", &account_id, "/conversations/filter"],
            200,
        )
    }

    /// Mocks [`Client::get_details_of_a_conversation`], `GET
    /// /api/v1/accounts/{account_id}/conversations/{conversation_id}`: the requests of this
    /// method to this path.
    pub fn get_details_of_a_conversation(
        &self,
        account_id: i64,
        conversation_id: i64,
    ) -> MockOperation<'_, types::ConversationShow> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let conversation_id = mock_segment(
            "conversation_id",
            &conversation_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "GET",
            &["/api/v1/accounts/", &account_id, "/conversations/", &conversation_id],
            200,
        )
    }

    /// Mocks [`Client::update_conversation`], `PATCH
    /// /api/v1/accounts/{account_id}/conversations/{conversation_id}`: the requests of this
    /// method to this path.
    pub fn update_conversation(
        &self,
        account_id: i64,
        conversation_id: i64,
    ) -> MockOperation<'_, ()> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let conversation_id = mock_segment(
            "conversation_id",
            &conversation_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "PATCH",
            &["/api/v1/accounts/", &account_id, "/conversations/", &conversation_id],
            200,
        )
    }

    /// Mocks [`Client::toggle_status_of_a_conversation`], `POST
    /// /api/v1/accounts/{account_id}/conversations/{conversation_id}/toggle_status`: the
    /// requests of this method to this path.
    pub fn toggle_status_of_a_conversation(
        &self,
        account_id: i64,
        conversation_id: i64,
    ) -> MockOperation<'_, types::ToggleStatusOfAConversationResponse> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let conversation_id = mock_segment(
            "conversation_id",
            &conversation_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "POST",
            &[
                "/api/v1/accounts/",
                &account_id,
                "/conversations/",
                &conversation_id,
                "/toggle_status",
            ],
            200,
        )
    }

    /// Mocks [`Client::toggle_priority_of_a_conversation`], `POST
    /// /api/v1/accounts/{account_id}/conversations/{conversation_id}/toggle_priority`: the
    /// requests of this method to this path.
    pub fn toggle_priority_of_a_conversation(
        &self,
        account_id: i64,
        conversation_id: i64,
    ) -> MockOperation<'_, ()> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let conversation_id = mock_segment(
            "conversation_id",
            &conversation_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "POST",
            &[
                "/api/v1/accounts/",
                &account_id,
                "/conversations/",
                &conversation_id,
                "/toggle_priority",
            ],
            200,
        )
    }

    /// Mocks [`Client::update_custom_attributes_of_a_conversation`], `POST
    /// /api/v1/accounts/{account_id}/conversations/{conversation_id}/custom_attributes`:
    /// the requests of this method to this path.
    pub fn update_custom_attributes_of_a_conversation(
        &self,
        account_id: i64,
        conversation_id: i64,
    ) -> MockOperation<'_, types::UpdateCustomAttributesOfAConversationResponse> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let conversation_id = mock_segment(
            "conversation_id",
            &conversation_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "POST",
            &[
                "/api/v1/accounts/",
                &account_id,
                "/conversations/",
                &conversation_id,
                "/custom_attributes",
            ],
            200,
        )
    }

    /// Mocks [`Client::assign_a_conversation`], `POST
    /// /api/v1/accounts/{account_id}/conversations/{conversation_id}/assignments`: the
    /// requests of this method to this path.
    pub fn assign_a_conversation(
        &self,
        account_id: i64,
        conversation_id: i64,
    ) -> MockOperation<'_, types::User> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let conversation_id = mock_segment(
            "conversation_id",
            &conversation_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "POST",
            &[
                "/api/v1/accounts/",
                &account_id,
                "/conversations/",
                &conversation_id,
                "/assignments",
            ],
            200,
        )
    }

    /// Mocks [`Client::list_all_labels_of_a_conversation`], `GET
    /// /api/v1/accounts/{account_id}/conversations/{conversation_id}/labels`: the requests
    /// of this method to this path.
    pub fn list_all_labels_of_a_conversation(
        &self,
        account_id: i64,
        conversation_id: i64,
    ) -> MockOperation<'_, types::ConversationLabels> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let conversation_id = mock_segment(
            "conversation_id",
            &conversation_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "GET",
            &[
                "/api/v1/accounts/",
                &account_id,
                "/conversations/",
                &conversation_id,
                "/labels",
            ],
            200,
        )
    }

    /// Mocks [`Client::conversation_add_labels`], `POST
    /// /api/v1/accounts/{account_id}/conversations/{conversation_id}/labels`: the requests
    /// of this method to this path.
    pub fn conversation_add_labels(
        &self,
        account_id: i64,
        conversation_id: i64,
    ) -> MockOperation<'_, types::ConversationLabels> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let conversation_id = mock_segment(
            "conversation_id",
            &conversation_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "POST",
            &[
                "/api/v1/accounts/",
                &account_id,
                "/conversations/",
                &conversation_id,
                "/labels",
            ],
            200,
        )
    }

    /// Mocks [`Client::get_conversation_reporting_events`], `GET
    /// /api/v1/accounts/{account_id}/conversations/{conversation_id}/reporting_events`: the
    /// requests of this method to this path.
    pub fn get_conversation_reporting_events(
        &self,
        account_id: i64,
        conversation_id: i64,
    ) -> MockOperation<'_, Vec<types::ReportingEvent>> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let conversation_id = mock_segment(
            "conversation_id",
            &conversation_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "GET",
            &[
                "/api/v1/accounts/",
                &account_id,
                "/conversations/",
                &conversation_id,
                "/reporting_events",
            ],
            200,
        )
    }

    /// Mocks [`Client::list_all_inboxes`], `GET /api/v1/accounts/{account_id}/inboxes`: the
    /// requests of this method to this path.
    pub fn list_all_inboxes(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, types::ListAllInboxesResponse> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "GET",
            &["/api/v1/accounts/", &account_id, "/inboxes"],
            200,
        )
    }

    /// Mocks [`Client::get_inbox`], `GET /api/v1/accounts/{account_id}/inboxes/{id}/`: the
    /// requests of this method to this path.
    pub fn get_inbox(
        &self,
        account_id: i64,
        id: f64,
    ) -> MockOperation<'_, types::Inbox> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let id = mock_segment("id", &id, Style::Simple { explode: false });
        MockOperation::new(
            &self.server,
            "GET",
            &["/api/v1/accounts/", &account_id, "/inboxes/", &id, "/"],
            200,
        )
    }

    /// Mocks [`Client::inbox_creation`], `POST /api/v1/accounts/{account_id}/inboxes/`: the
    /// requests of this method to this path.
    pub fn inbox_creation(&self, account_id: i64) -> MockOperation<'_, types::Inbox> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "POST",
            &["/api/v1/accounts/", &account_id, "/inboxes/"],
            200,
        )
    }

    /// Mocks [`Client::update_inbox`], `PATCH /api/v1/accounts/{account_id}/inboxes/{id}`:
    /// the requests of this method to this path.
    pub fn update_inbox(
        &self,
        account_id: i64,
        id: f64,
    ) -> MockOperation<'_, types::Inbox> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let id = mock_segment("id", &id, Style::Simple { explode: false });
        MockOperation::new(
            &self.server,
            "PATCH",
            &["/api/v1/accounts/", &account_id, "/inboxes/", &id],
            200,
        )
    }

    /// Mocks [`Client::get_inbox_agent_bot`], `GET
    /// /api/v1/accounts/{account_id}/inboxes/{id}/agent_bot`: the requests of this method
    /// to this path.
    pub fn get_inbox_agent_bot(
        &self,
        account_id: i64,
        id: f64,
    ) -> MockOperation<'_, types::AgentBot> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let id = mock_segment("id", &id, Style::Simple { explode: false });
        MockOperation::new(
            &self.server,
            "GET",
            &["/api/v1/accounts/", &account_id, "/inboxes/", &id, "/agent_bot"],
            204,
        )
    }

    /// Mocks [`Client::update_agent_bot`], `POST
    /// /api/v1/accounts/{account_id}/inboxes/{id}/set_agent_bot`: the requests of this
    /// method to this path.
    pub fn update_agent_bot(&self, account_id: i64, id: f64) -> MockOperation<'_, ()> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let id = mock_segment("id", &id, Style::Simple { explode: false });
        MockOperation::new(
            &self.server,
            "POST",
            &["/api/v1/accounts/", &account_id, "/inboxes/", &id, "/set_agent_bot"],
            204,
        )
    }

    /// Mocks [`Client::get_inbox_members`], `GET
    /// /api/v1/accounts/{account_id}/inbox_members/{inbox_id}`: the requests of this method
    /// to this path.
    pub fn get_inbox_members(
        &self,
        account_id: i64,
        inbox_id: i64,
    ) -> MockOperation<'_, types::GetInboxMembersResponse> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let inbox_id = mock_segment(
            "inbox_id",
            &inbox_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "GET",
            &["/api/v1/accounts/", &account_id, "/inbox_members/", &inbox_id],
            200,
        )
    }

    /// Mocks [`Client::add_new_agent_to_inbox`], `POST
    /// /api/v1/accounts/{account_id}/inbox_members`: the requests of this method to this
    /// path.
    pub fn add_new_agent_to_inbox(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, types::AddNewAgentToInboxResponse> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "POST",
            &["/api/v1/accounts/", &account_id, "/inbox_members"],
            200,
        )
    }

    /// Mocks [`Client::delete_agent_in_inbox`], `DELETE
    /// /api/v1/accounts/{account_id}/inbox_members`: the requests of this method to this
    /// path.
    pub fn delete_agent_in_inbox(&self, account_id: i64) -> MockOperation<'_, ()> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "DELETE",
            &["/api/v1/accounts/", &account_id, "/inbox_members"],
            200,
        )
    }

    /// Mocks [`Client::update_agents_in_inbox`], `PATCH
    /// /api/v1/accounts/{account_id}/inbox_members`: the requests of this method to this
    /// path.
    pub fn update_agents_in_inbox(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, types::UpdateAgentsInInboxResponse> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "PATCH",
            &["/api/v1/accounts/", &account_id, "/inbox_members"],
            200,
        )
    }

    /// Mocks [`Client::list_all_messages`], `GET
    /// /api/v1/accounts/{account_id}/conversations/{conversation_id}/messages`: the
    /// requests of this method to this path.
    pub fn list_all_messages(
        &self,
        account_id: i64,
        conversation_id: i64,
    ) -> MockOperation<'_, types::ListAllMessagesResponse> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let conversation_id = mock_segment(
            "conversation_id",
            &conversation_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "GET",
            &[
                "/api/v1/accounts/",
                &account_id,
                "/conversations/",
                &conversation_id,
                "/messages",
            ],
            200,
        )
    }

    /// Mocks [`Client::create_a_new_message_in_a_conversation`], `POST
    /// /api/v1/accounts/{account_id}/conversations/{conversation_id}/messages`: the
    /// requests of this method to this path.
    pub fn create_a_new_message_in_a_conversation(
        &self,
        account_id: i64,
        conversation_id: i64,
    ) -> MockOperation<'_, types::CreateANewMessageInAConversationResponse> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let conversation_id = mock_segment(
            "conversation_id",
            &conversation_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "POST",
            &[
                "/api/v1/accounts/",
                &account_id,
                "/conversations/",
                &conversation_id,
                "/messages",
            ],
            200,
        )
    }

    /// Mocks [`Client::delete_a_message`], `DELETE
    /// /api/v1/accounts/{account_id}/conversations/{conversation_id}/messages/{message_id}`:
    /// the requests of this method to this path.
    pub fn delete_a_message(
        &self,
        account_id: i64,
        conversation_id: i64,
        message_id: i64,
    ) -> MockOperation<'_, ()> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let conversation_id = mock_segment(
            "conversation_id",
            &conversation_id,
            Style::Simple { explode: false },
        );
        let message_id = mock_segment(
            "message_id",
            &message_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "DELETE",
            &[
                "/api/v1/accounts/",
                &account_id,
                "/conversations/",
                &conversation_id,
                "/messages/",
                &message_id,
            ],
            200,
        )
    }

    /// Mocks [`Client::get_details_of_all_integrations`], `GET
    /// /api/v1/accounts/{account_id}/integrations/apps`: the requests of this method to
    /// this path.
    pub fn get_details_of_all_integrations(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, types::GetDetailsOfAllIntegrationsResponse> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "GET",
            &["/api/v1/accounts/", &account_id, "/integrations/apps"],
            200,
        )
    }

    /// Mocks [`Client::create_an_integration_hook`], `POST
    /// /api/v1/accounts/{account_id}/integrations/hooks`: the requests of this method to
    /// this path.
    pub fn create_an_integration_hook(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, types::IntegrationsHook> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "POST",
            &["/api/v1/accounts/", &account_id, "/integrations/hooks"],
            200,
        )
    }

    /// Mocks [`Client::delete_an_integration_hook`], `DELETE
    /// /api/v1/accounts/{account_id}/integrations/hooks/{hook_id}`: the requests of this
    /// method to this path.
    pub fn delete_an_integration_hook(
        &self,
        account_id: i64,
        hook_id: i64,
    ) -> MockOperation<'_, ()> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let hook_id = mock_segment(
            "hook_id",
            &hook_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "DELETE",
            &["/api/v1/accounts/", &account_id, "/integrations/hooks/", &hook_id],
            200,
        )
    }

    /// Mocks [`Client::update_an_integrations_hook`], `PATCH
    /// /api/v1/accounts/{account_id}/integrations/hooks/{hook_id}`: the requests of this
    /// method to this path.
    pub fn update_an_integrations_hook(
        &self,
        account_id: i64,
        hook_id: i64,
    ) -> MockOperation<'_, types::IntegrationsHook> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let hook_id = mock_segment(
            "hook_id",
            &hook_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "PATCH",
            &["/api/v1/accounts/", &account_id, "/integrations/hooks/", &hook_id],
            200,
        )
    }

    /// Mocks [`Client::fetch_profile`], `GET /api/v1/profile`: the requests of this method
    /// to this path.
    pub fn fetch_profile(&self) -> MockOperation<'_, types::User> {
        MockOperation::new(&self.server, "GET", &["/api/v1/profile"], 200)
    }

    /// Mocks [`Client::list_all_teams`], `GET /api/v1/accounts/{account_id}/teams`: the
    /// requests of this method to this path.
    pub fn list_all_teams(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, Vec<types::Team>> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "GET",
            &["/api/v1/accounts/", &account_id, "/teams"],
            200,
        )
    }

    /// Mocks [`Client::create_a_team`], `POST /api/v1/accounts/{account_id}/teams`: the
    /// requests of this method to this path.
    pub fn create_a_team(&self, account_id: i64) -> MockOperation<'_, types::Team> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "POST",
            &["/api/v1/accounts/", &account_id, "/teams"],
            200,
        )
    }

    /// Mocks [`Client::get_details_of_a_single_team`], `GET
    /// /api/v1/accounts/{account_id}/teams/{team_id}`: the requests of this method to this
    /// path.
    pub fn get_details_of_a_single_team(
        &self,
        account_id: i64,
        team_id: i64,
    ) -> MockOperation<'_, types::Team> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let team_id = mock_segment(
            "team_id",
            &team_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "GET",
            &["/api/v1/accounts/", &account_id, "/teams/", &team_id],
            200,
        )
    }

    /// Mocks [`Client::delete_a_team`], `DELETE
    /// /api/v1/accounts/{account_id}/teams/{team_id}`: the requests of this method to this
    /// path.
    pub fn delete_a_team(&self, account_id: i64, team_id: i64) -> MockOperation<'_, ()> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let team_id = mock_segment(
            "team_id",
            &team_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "DELETE",
            &["/api/v1/accounts/", &account_id, "/teams/", &team_id],
            200,
        )
    }

    /// Mocks [`Client::update_a_team`], `PATCH
    /// /api/v1/accounts/{account_id}/teams/{team_id}`: the requests of this method to this
    /// path.
    pub fn update_a_team(
        &self,
        account_id: i64,
        team_id: i64,
    ) -> MockOperation<'_, types::Team> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let team_id = mock_segment(
            "team_id",
            &team_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "PATCH",
            &["/api/v1/accounts/", &account_id, "/teams/", &team_id],
            200,
        )
    }

    /// Mocks [`Client::get_team_members`], `GET
    /// /api/v1/accounts/{account_id}/teams/{team_id}/team_members`: the requests of this
    /// method to this path.
    pub fn get_team_members(
        &self,
        account_id: i64,
        team_id: i64,
    ) -> MockOperation<'_, Vec<types::Agent>> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let team_id = mock_segment(
            "team_id",
            &team_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "GET",
            &["/api/v1/accounts/", &account_id, "/teams/", &team_id, "/team_members"],
            200,
        )
    }

    /// Mocks [`Client::add_new_agent_to_team`], `POST
    /// /api/v1/accounts/{account_id}/teams/{team_id}/team_members`: the requests of this
    /// method to this path.
    pub fn add_new_agent_to_team(
        &self,
        account_id: i64,
        team_id: i64,
    ) -> MockOperation<'_, Vec<types::Agent>> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let team_id = mock_segment(
            "team_id",
            &team_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "POST",
            &["/api/v1/accounts/", &account_id, "/teams/", &team_id, "/team_members"],
            200,
        )
    }

    /// Mocks [`Client::delete_agent_in_team`], `DELETE
    /// /api/v1/accounts/{account_id}/teams/{team_id}/team_members`: the requests of this
    /// method to this path.
    pub fn delete_agent_in_team(
        &self,
        account_id: i64,
        team_id: i64,
    ) -> MockOperation<'_, ()> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let team_id = mock_segment(
            "team_id",
            &team_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "DELETE",
            &["/api/v1/accounts/", &account_id, "/teams/", &team_id, "/team_members"],
            200,
        )
    }

    /// Mocks [`Client::update_agents_in_team`], `PATCH
    /// /api/v1/accounts/{account_id}/teams/{team_id}/team_members`: the requests of this
    /// method to this path.
    pub fn update_agents_in_team(
        &self,
        account_id: i64,
        team_id: i64,
    ) -> MockOperation<'_, Vec<types::Agent>> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let team_id = mock_segment(
            "team_id",
            &team_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "PATCH",
            &["/api/v1/accounts/", &account_id, "/teams/", &team_id, "/team_members"],
            200,
        )
    }

    /// Mocks [`Client::list_all_filters`], `GET
    /// /api/v1/accounts/{account_id}/custom_filters`: the requests of this method to this
    /// path.
    pub fn list_all_filters(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, Vec<types::CustomFilter>> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "GET",
            &["/api/v1/accounts/", &account_id, "/custom_filters"],
            200,
        )
    }

    /// Mocks [`Client::create_a_custom_filter`], `POST
    /// /api/v1/accounts/{account_id}/custom_filters`: the requests of this method to this
    /// path.
    pub fn create_a_custom_filter(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, types::CustomFilter> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "POST",
            &["/api/v1/accounts/", &account_id, "/custom_filters"],
            200,
        )
    }

    /// Mocks [`Client::get_details_of_a_single_custom_filter`], `GET
    /// /api/v1/accounts/{account_id}/custom_filters/{custom_filter_id}`: the requests of
    /// this method to this path.
    pub fn get_details_of_a_single_custom_filter(
        &self,
        account_id: i64,
        custom_filter_id: i64,
    ) -> MockOperation<'_, types::CustomFilter> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let custom_filter_id = mock_segment(
            "custom_filter_id",
            &custom_filter_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "GET",
            &["/api/v1/accounts/", &account_id, "/custom_filters/", &custom_filter_id],
            200,
        )
    }

    /// Mocks [`Client::delete_a_custom_filter`], `DELETE
    /// /api/v1/accounts/{account_id}/custom_filters/{custom_filter_id}`: the requests of
    /// this method to this path.
    pub fn delete_a_custom_filter(
        &self,
        account_id: i64,
        custom_filter_id: i64,
    ) -> MockOperation<'_, ()> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let custom_filter_id = mock_segment(
            "custom_filter_id",
            &custom_filter_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "DELETE",
            &["/api/v1/accounts/", &account_id, "/custom_filters/", &custom_filter_id],
            200,
        )
    }

    /// Mocks [`Client::update_a_custom_filter`], `PATCH
    /// /api/v1/accounts/{account_id}/custom_filters/{custom_filter_id}`: the requests of
    /// this method to this path.
    pub fn update_a_custom_filter(
        &self,
        account_id: i64,
        custom_filter_id: i64,
    ) -> MockOperation<'_, types::CustomFilter> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let custom_filter_id = mock_segment(
            "custom_filter_id",
            &custom_filter_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "PATCH",
            &["/api/v1/accounts/", &account_id, "/custom_filters/", &custom_filter_id],
            200,
        )
    }

    /// Mocks [`Client::list_all_webhooks`], `GET /api/v1/accounts/{account_id}/webhooks`:
    /// the requests of this method to this path.
    pub fn list_all_webhooks(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, Vec<types::Webhook>> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "GET",
            &["/api/v1/accounts/", &account_id, "/webhooks"],
            200,
        )
    }

    /// Mocks [`Client::create_a_webhook`], `POST /api/v1/accounts/{account_id}/webhooks`:
    /// the requests of this method to this path.
    pub fn create_a_webhook(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, types::Webhook> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "POST",
            &["/api/v1/accounts/", &account_id, "/webhooks"],
            200,
        )
    }

    /// Mocks [`Client::delete_a_webhook`], `DELETE
    /// /api/v1/accounts/{account_id}/webhooks/{webhook_id}`: the requests of this method to
    /// this path.
    pub fn delete_a_webhook(
        &self,
        account_id: i64,
        webhook_id: i64,
    ) -> MockOperation<'_, ()> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let webhook_id = mock_segment(
            "webhook_id",
            &webhook_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "DELETE",
            &["/api/v1/accounts/", &account_id, "/webhooks/", &webhook_id],
            200,
        )
    }

    /// Mocks [`Client::update_a_webhook`], `PATCH
    /// /api/v1/accounts/{account_id}/webhooks/{webhook_id}`: the requests of this method to
    /// this path.
    pub fn update_a_webhook(
        &self,
        account_id: i64,
        webhook_id: i64,
    ) -> MockOperation<'_, types::Webhook> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        let webhook_id = mock_segment(
            "webhook_id",
            &webhook_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "PATCH",
            &["/api/v1/accounts/", &account_id, "/webhooks/", &webhook_id],
            200,
        )
    }

    /// Mocks [`Client::get_account_reporting_events`], `GET
    /// /api/v1/accounts/{account_id}/reporting_events`: the requests of this method to this
    /// path. `respond_pages` answers its pages in turn.
    pub fn get_account_reporting_events(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, types::ReportingEventsListResponse> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
                &self.server,
                "GET",
                &["/api/v1/accounts/", &account_id, "/reporting_events"],
                200,
            )
            .paged(Paging::EmptyAfter(&["payload"]))
    }

    /// Mocks [`Client::list_all_conversation_statistics`], `GET
    /// /api/v2/accounts/{account_id}/reports`: the requests of this method to this path.
    pub fn list_all_conversation_statistics(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, Vec<types::ListAllConversationStatisticsResponseItem>> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "GET",
            &["/api/v2/accounts/", &account_id, "/reports"],
            200,
        )
    }

    /// Mocks [`Client::list_all_conversation_statistics_summary`], `GET
    /// /api/v2/accounts/{account_id}/reports/summary`: the requests of this method to this
    /// path.
    pub fn list_all_conversation_statistics_summary(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, types::AccountSummary> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "GET",
            &["/api/v2/accounts/", &account_id, "/reports/summary"],
            200,
        )
    }

    /// Mocks [`Client::get_account_conversation_metrics`], `GET
    /// /api/v2/accounts/{account_id}/reports/conversations`: the requests of this method to
    /// this path.
    pub fn get_account_conversation_metrics(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, types::GetAccountConversationMetricsResponse> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "GET",
            &["/api/v2/accounts/", &account_id, "/reports/conversations"],
            200,
        )
    }

    /// Mocks [`Client::get_agent_conversation_metrics`], `GET
    /// /api/v2/accounts/{account_id}/reports/conversations/`: the requests of this method
    /// to this path.
    pub fn get_agent_conversation_metrics(
        &self,
        account_id: i64,
    ) -> MockOperation<'_, Vec<types::AgentConversationMetrics>> {
        let account_id = mock_segment(
            "account_id",
            &account_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "GET",
            &["/api/v2/accounts/", &account_id, "/reports/conversations/"],
            200,
        )
    }
}
