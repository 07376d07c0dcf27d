"""Annotators who log in, as people do: invited, signed up, with their own token, taking tasks
from the label stream (``GET /api/projects/{id}/next/``, what "Label All Tasks" calls).

Users made with ``users.create`` cannot log in (the API ignores their password), and an admin
posting annotations in their name never goes through the label stream, which is what hands
out tasks, locks them and decides the overlap. So tests that are about the stream use these.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import httpx
from label_studio_sdk.base_client import LabelStudioBase


@dataclass
class Annotator:
    email: str
    id: int
    client: LabelStudioBase

    def request(self, path: str, method: str = "GET", **kwargs) -> httpx.Response:
        return self.client._client_wrapper.httpx_client.request(path, method=method, **kwargs)

    def next_task(self, project_id: int) -> dict | None:
        """The task the label stream hands this annotator now (and locks), or None."""
        answer = self.request(f"api/projects/{project_id}/next/")
        if answer.status_code == 404:
            return None
        answer.raise_for_status()
        return answer.json()

    def submit(self, task_id: int, result: list[dict], lead_time: float) -> dict:
        answer = self.request(
            f"api/tasks/{task_id}/annotations/",
            method="POST",
            json={"result": result, "lead_time": lead_time, "was_cancelled": False},
        )
        answer.raise_for_status()
        return answer.json()


def invite(url: str, admin) -> Annotator:
    """A new annotator account, signed up through the admin's invite link."""
    link = admin._client_wrapper.httpx_client.request("api/invite", method="GET").json()
    email = f"annotator-{uuid.uuid4().hex[:8]}@example.org"
    password = uuid.uuid4().hex
    with httpx.Client(base_url=url, timeout=60) as browser:
        browser.get(link["invite_url"])
        signed_up = browser.post(
            link["invite_url"],
            data={
                "csrfmiddlewaretoken": browser.cookies["csrftoken"],
                "email": email,
                "password": password,
            },
            headers={"Referer": url + link["invite_url"]},
        )
        assert signed_up.status_code == 302, signed_up.text[:300]
        minted = browser.post(
            "/api/token/", headers={"X-CSRFToken": browser.cookies["csrftoken"], "Referer": url}
        )
        minted.raise_for_status()
    client = LabelStudioBase(base_url=url, api_key=minted.json()["token"], timeout=120)
    return Annotator(email, client.users.whoami().id, client)
