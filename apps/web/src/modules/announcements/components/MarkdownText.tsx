import ReactMarkdown from 'react-markdown';
import { Anchor, Typography } from '@mantine/core';

/** Markdown as text: raw HTML is dropped (never rendered), links open outside with no opener, unsafe URLs removed. */
export function MarkdownText({ children }: { children: string }) {
  return (
    <Typography>
      <ReactMarkdown
        skipHtml
        components={{
          a: ({ href, children: text }) => (
            <Anchor href={href} target="_blank" rel="noopener noreferrer nofollow">
              {text}
            </Anchor>
          ),
          img: ({ alt }) => <span>{alt}</span>,
        }}
      >
        {children}
      </ReactMarkdown>
    </Typography>
  );
}
