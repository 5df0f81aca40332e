import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Harness, mockClient, steeringViewer } from '../test-support/mock-client';
import { PerturbationNote } from './PerturbationNote';

describe('the perturbation note', () => {
  it('tells a restricted role its figures are perturbed and by how much at most', () => {
    const { client } = mockClient({});
    render(
      <Harness client={client} language="en" viewer={{ ...steeringViewer, role: 'EVALUATOR', perturbationMaxAdjustment: 3 }}>
        <PerturbationNote />
      </Harness>,
    );
    const note = screen.getByRole('note');
    expect(note.textContent).toContain('by at most ±3');
    expect(note.textContent).toContain('parts need not add up to totals');
    expect(note.textContent).toContain('"< 5" includes 0');
  });

  it('says nothing to a role that sees exact values', () => {
    const { client } = mockClient({});
    render(
      <Harness client={client} viewer={steeringViewer}>
        <PerturbationNote />
      </Harness>,
    );
    expect(screen.queryByRole('note')).toBeNull();
  });
});
