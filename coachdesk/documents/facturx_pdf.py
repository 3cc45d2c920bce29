"""The invoice PDF with its Factur-X XML embedded (PDF/A-3), made in memory by the `factur-x` library.

`factur-x` writes the XML as an associated file, the XMP metadata of PDF/A-3 and Factur-X, and the
PDF's info. PDF/A-3 also wants an output intent naming the colour space of the page's device colours:
an sRGB profile made by Pillow's littleCMS (reportlab needs Pillow already) is added first. Nothing is
written to disk: ``facturx.generate_from_binary`` would go through a temporary file, so the in-memory
``generate_from_file`` is used.
"""

from __future__ import annotations

import io
from functools import cache

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from coachdesk.documents.facturx_xml import facturx_xml
from coachdesk.documents.invoice import TITLES, InvoiceRenderer
from coachdesk.documents.invoice_data import InvoiceData
from coachdesk.documents.wording import words_for


class _Rewritable(io.BytesIO):
    """A PDF in memory that ``facturx.generate_from_file`` reads and then replaces with its result."""

    def __init__(self, pdf: bytes) -> None:
        super().__init__(pdf)
        self._reading = True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        if self._reading:  # the first write starts the new file: drop the one that was read
            self._reading = False
            self.seek(0)
            self.truncate()
        return super().write(data)


@cache
def _srgb_profile() -> bytes:
    from PIL import ImageCms

    return bytes(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())


def with_output_intent(pdf: bytes) -> bytes:
    """``pdf`` with an sRGB output intent in its catalogue, as PDF/A asks of device colours."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    profile = StreamObject()
    profile.set_data(_srgb_profile())
    profile[NameObject("/N")] = NumberObject(3)
    intent = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/OutputIntent"),
            NameObject("/S"): NameObject("/GTS_PDFA1"),
            NameObject("/OutputConditionIdentifier"): TextStringObject("sRGB IEC61966-2.1"),
            NameObject("/Info"): TextStringObject("sRGB IEC61966-2.1"),
            NameObject("/DestOutputProfile"): writer._add_object(profile),
        }
    )
    writer._root_object[NameObject("/OutputIntents")] = ArrayObject([writer._add_object(intent)])
    # factur-x's XMP names pypdf as the producer; PDF/A wants the info dictionary to say the same.
    writer.add_metadata({"/Producer": "pypdf"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def facturx_pdf(data: InvoiceData) -> bytes:
    """The invoice or credit note as a Factur-X PDF (profile EN 16931): the page and its XML, one file."""
    import facturx  # type: ignore[import-untyped]  # imported here: it loads lxml and requests

    xml = facturx_xml(data)  # refuses a draft before anything is rendered
    pdf = _Rewritable(with_output_intent(InvoiceRenderer(data).render()))
    w = words_for(data.language)
    title = w(TITLES[data.kind])
    facturx.generate_from_file(
        pdf,
        xml,
        flavor="factur-x",
        level="en16931",
        check_xsd=True,
        pdf_metadata={
            "author": data.seller.name,
            "keywords": f"Factur-X, {title}",
            "title": f"{data.seller.name}: {title} {data.number}",
            # no client name
            "subject": w("{title} {number} of {date}").format(
                title=title, number=data.number, date=data.issue_date.isoformat()
            ),
        },
        lang=data.locale.replace("_", "-"),
    )
    return pdf.getvalue()
