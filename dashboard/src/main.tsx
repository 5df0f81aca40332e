import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Client, Provider, cacheExchange, fetchExchange } from 'urql';
import { App } from './App';

// urql 5 defaults to GET for queries, which Apollo's CSRF prevention rejects without a preflight header.
const client = new Client({ url: '/graphql', exchanges: [cacheExchange, fetchExchange], preferGetMethod: false });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Provider value={client}>
      <App />
    </Provider>
  </StrictMode>,
);
